from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('str(Decimal("1e-7"))', '->', repr(str(Decimal("1e-7"))))
except Exception as e:
    print('str(Decimal("1e-7"))', '->', type(e).__name__, e)
try:
    print('Decimal("100").to_eng_string()', '->', repr(Decimal("100").to_eng_string()))
except Exception as e:
    print('Decimal("100").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("1e5").to_eng_string()', '->', repr(Decimal("1e5").to_eng_string()))
except Exception as e:
    print('Decimal("1e5").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("1.23e-7").to_eng_string()', '->', repr(Decimal("1.23e-7").to_eng_string()))
except Exception as e:
    print('Decimal("1.23e-7").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("0e5").to_eng_string()', '->', repr(Decimal("0e5").to_eng_string()))
except Exception as e:
    print('Decimal("0e5").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("-12345e-2").to_eng_string()', '->', repr(Decimal("-12345e-2").to_eng_string()))
except Exception as e:
    print('Decimal("-12345e-2").to_eng_string()', '->', type(e).__name__, e)
try:
    print('str(Decimal("0"))', '->', repr(str(Decimal("0"))))
except Exception as e:
    print('str(Decimal("0"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("0.000"))', '->', repr(str(Decimal("0.000"))))
except Exception as e:
    print('str(Decimal("0.000"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("-0E+3"))', '->', repr(str(Decimal("-0E+3"))))
except Exception as e:
    print('str(Decimal("-0E+3"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("1E+6"))', '->', repr(str(Decimal("1E+6"))))
except Exception as e:
    print('str(Decimal("1E+6"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("1000000"))', '->', repr(str(Decimal("1000000"))))
except Exception as e:
    print('str(Decimal("1000000"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("123.4E+5"))', '->', repr(str(Decimal("123.4E+5"))))
except Exception as e:
    print('str(Decimal("123.4E+5"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("123.4E-5"))', '->', repr(str(Decimal("123.4E-5"))))
except Exception as e:
    print('str(Decimal("123.4E-5"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("123.4E-10"))', '->', repr(str(Decimal("123.4E-10"))))
except Exception as e:
    print('str(Decimal("123.4E-10"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("0.0000001"))', '->', repr(str(Decimal("0.0000001"))))
except Exception as e:
    print('str(Decimal("0.0000001"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("0.000001"))', '->', repr(str(Decimal("0.000001"))))
except Exception as e:
    print('str(Decimal("0.000001"))', '->', type(e).__name__, e)
try:
    print('str(Decimal("-1.23E-8"))', '->', repr(str(Decimal("-1.23E-8"))))
except Exception as e:
    print('str(Decimal("-1.23E-8"))', '->', type(e).__name__, e)
try:
    print('repr(Decimal("1.10"))', '->', repr(repr(Decimal("1.10"))))
except Exception as e:
    print('repr(Decimal("1.10"))', '->', type(e).__name__, e)
try:
    print('repr(Decimal("-Infinity"))', '->', repr(repr(Decimal("-Infinity"))))
except Exception as e:
    print('repr(Decimal("-Infinity"))', '->', type(e).__name__, e)
try:
    print('repr(Decimal("NaN"))', '->', repr(repr(Decimal("NaN"))))
except Exception as e:
    print('repr(Decimal("NaN"))', '->', type(e).__name__, e)
try:
    print('repr(Decimal("-sNaN12"))', '->', repr(repr(Decimal("-sNaN12"))))
except Exception as e:
    print('repr(Decimal("-sNaN12"))', '->', type(e).__name__, e)
try:
    print('Decimal("1E+5").to_eng_string()', '->', repr(Decimal("1E+5").to_eng_string()))
except Exception as e:
    print('Decimal("1E+5").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("1.2E+7").to_eng_string()', '->', repr(Decimal("1.2E+7").to_eng_string()))
except Exception as e:
    print('Decimal("1.2E+7").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("0.00000012").to_eng_string()', '->', repr(Decimal("0.00000012").to_eng_string()))
except Exception as e:
    print('Decimal("0.00000012").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("-0E+4").to_eng_string()', '->', repr(Decimal("-0E+4").to_eng_string()))
except Exception as e:
    print('Decimal("-0E+4").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("0E-7").to_eng_string()', '->', repr(Decimal("0E-7").to_eng_string()))
except Exception as e:
    print('Decimal("0E-7").to_eng_string()', '->', type(e).__name__, e)
try:
    print('Decimal("123456789E+3").to_eng_string()', '->', repr(Decimal("123456789E+3").to_eng_string()))
except Exception as e:
    print('Decimal("123456789E+3").to_eng_string()', '->', type(e).__name__, e)
try:
    print('[Decimal("1.5"), Decimal("2")]', '->', repr([Decimal("1.5"), Decimal("2")]))
except Exception as e:
    print('[Decimal("1.5"), Decimal("2")]', '->', type(e).__name__, e)
try:
    print('str(Decimal(1) / 3)', '->', repr(str(Decimal(1) / 3)))
except Exception as e:
    print('str(Decimal(1) / 3)', '->', type(e).__name__, e)
try:
    print('"%s|%r" % (Decimal("1.50"), Decimal("1.50"))', '->', repr("%s|%r" % (Decimal("1.50"), Decimal("1.50"))))
except Exception as e:
    print('"%s|%r" % (Decimal("1.50"), Decimal("1.50"))', '->', type(e).__name__, e)
try:
    print('f"{Decimal(1)!r}"', '->', repr(f"{Decimal(1)!r}"))
except Exception as e:
    print('f"{Decimal(1)!r}"', '->', type(e).__name__, e)
try:
    print('Decimal("1.5").as_tuple()', '->', repr(Decimal("1.5").as_tuple()))
except Exception as e:
    print('Decimal("1.5").as_tuple()', '->', type(e).__name__, e)
try:
    print('Decimal("-0.0500").as_tuple()', '->', repr(Decimal("-0.0500").as_tuple()))
except Exception as e:
    print('Decimal("-0.0500").as_tuple()', '->', type(e).__name__, e)
try:
    print('Decimal("nan").as_tuple()', '->', repr(Decimal("nan").as_tuple()))
except Exception as e:
    print('Decimal("nan").as_tuple()', '->', type(e).__name__, e)
try:
    print('Decimal("-sNaN42").as_tuple()', '->', repr(Decimal("-sNaN42").as_tuple()))
except Exception as e:
    print('Decimal("-sNaN42").as_tuple()', '->', type(e).__name__, e)
try:
    print('Decimal("1.5").as_tuple().sign', '->', repr(Decimal("1.5").as_tuple().sign))
except Exception as e:
    print('Decimal("1.5").as_tuple().sign', '->', type(e).__name__, e)
try:
    print('Decimal("1.5").as_integer_ratio()', '->', repr(Decimal("1.5").as_integer_ratio()))
except Exception as e:
    print('Decimal("1.5").as_integer_ratio()', '->', type(e).__name__, e)
try:
    print('Decimal("-0.125").as_integer_ratio()', '->', repr(Decimal("-0.125").as_integer_ratio()))
except Exception as e:
    print('Decimal("-0.125").as_integer_ratio()', '->', type(e).__name__, e)
try:
    print('Decimal("1E+3").as_integer_ratio()', '->', repr(Decimal("1E+3").as_integer_ratio()))
except Exception as e:
    print('Decimal("1E+3").as_integer_ratio()', '->', type(e).__name__, e)
try:
    print('Decimal("nan").as_integer_ratio()', '->', repr(Decimal("nan").as_integer_ratio()))
except Exception as e:
    print('Decimal("nan").as_integer_ratio()', '->', type(e).__name__, e)
try:
    print('Decimal("inf").as_integer_ratio()', '->', repr(Decimal("inf").as_integer_ratio()))
except Exception as e:
    print('Decimal("inf").as_integer_ratio()', '->', type(e).__name__, e)
