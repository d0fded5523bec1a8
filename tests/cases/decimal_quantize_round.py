from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('round(Decimal("2.5"))', '->', repr(round(Decimal("2.5"))))
except Exception as e:
    print('round(Decimal("2.5"))', '->', type(e).__name__, e)
try:
    print('round(Decimal("3.14159"), 2)', '->', repr(round(Decimal("3.14159"), 2)))
except Exception as e:
    print('round(Decimal("3.14159"), 2)', '->', type(e).__name__, e)
try:
    print('round(Decimal("1.5"), -1)', '->', repr(round(Decimal("1.5"), -1)))
except Exception as e:
    print('round(Decimal("1.5"), -1)', '->', type(e).__name__, e)
try:
    print('Decimal("3.7").to_integral_value()', '->', repr(Decimal("3.7").to_integral_value()))
except Exception as e:
    print('Decimal("3.7").to_integral_value()', '->', type(e).__name__, e)
try:
    print('Decimal("-3.7").to_integral_value(ROUND_DOWN)', '->', repr(Decimal("-3.7").to_integral_value(ROUND_DOWN)))
except Exception as e:
    print('Decimal("-3.7").to_integral_value(ROUND_DOWN)', '->', type(e).__name__, e)
try:
    print('Decimal("1.2300").normalize()', '->', repr(Decimal("1.2300").normalize()))
except Exception as e:
    print('Decimal("1.2300").normalize()', '->', type(e).__name__, e)
try:
    print('Decimal("0.00").normalize()', '->', repr(Decimal("0.00").normalize()))
except Exception as e:
    print('Decimal("0.00").normalize()', '->', type(e).__name__, e)
try:
    print('Decimal("-1.20").as_tuple()', '->', repr(Decimal("-1.20").as_tuple()))
except Exception as e:
    print('Decimal("-1.20").as_tuple()', '->', type(e).__name__, e)
try:
    print('Decimal("inf").as_tuple()', '->', repr(Decimal("inf").as_tuple()))
except Exception as e:
    print('Decimal("inf").as_tuple()', '->', type(e).__name__, e)
try:
    print('Decimal("1.25").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)', '->', repr(Decimal("1.25").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)))
except Exception as e:
    print('Decimal("1.25").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)', '->', type(e).__name__, e)
try:
    print('Decimal("1.25").quantize(Decimal("0.1"))', '->', repr(Decimal("1.25").quantize(Decimal("0.1"))))
except Exception as e:
    print('Decimal("1.25").quantize(Decimal("0.1"))', '->', type(e).__name__, e)
try:
    print('Decimal(5).quantize(Decimal("1e2"))', '->', repr(Decimal(5).quantize(Decimal("1e2"))))
except Exception as e:
    print('Decimal(5).quantize(Decimal("1e2"))', '->', type(e).__name__, e)
try:
    print('Decimal(1).copy_sign(Decimal(-2))', '->', repr(Decimal(1).copy_sign(Decimal(-2))))
except Exception as e:
    print('Decimal(1).copy_sign(Decimal(-2))', '->', type(e).__name__, e)
try:
    print('Decimal("1.1").to_integral_exact()', '->', repr(Decimal("1.1").to_integral_exact()))
except Exception as e:
    print('Decimal("1.1").to_integral_exact()', '->', type(e).__name__, e)
try:
    print('Decimal("12.5").to_integral_value(rounding=ROUND_HALF_UP)', '->', repr(Decimal("12.5").to_integral_value(rounding=ROUND_HALF_UP)))
except Exception as e:
    print('Decimal("12.5").to_integral_value(rounding=ROUND_HALF_UP)', '->', type(e).__name__, e)
try:
    print('Decimal("12.5").to_integral_value(rounding="bogus")', '->', repr(Decimal("12.5").to_integral_value(rounding="bogus")))
except Exception as e:
    print('Decimal("12.5").to_integral_value(rounding="bogus")', '->', type(e).__name__, e)
try:
    print('Decimal("1.234").quantize(Decimal("0.01"), ROUND_CEILING)', '->', repr(Decimal("1.234").quantize(Decimal("0.01"), ROUND_CEILING)))
except Exception as e:
    print('Decimal("1.234").quantize(Decimal("0.01"), ROUND_CEILING)', '->', type(e).__name__, e)
try:
    print('Decimal("-1.234").quantize(Decimal("0.01"), ROUND_FLOOR)', '->', repr(Decimal("-1.234").quantize(Decimal("0.01"), ROUND_FLOOR)))
except Exception as e:
    print('Decimal("-1.234").quantize(Decimal("0.01"), ROUND_FLOOR)', '->', type(e).__name__, e)
try:
    print('Decimal("1.235").quantize(Decimal("0.01"), ROUND_HALF_DOWN)', '->', repr(Decimal("1.235").quantize(Decimal("0.01"), ROUND_HALF_DOWN)))
except Exception as e:
    print('Decimal("1.235").quantize(Decimal("0.01"), ROUND_HALF_DOWN)', '->', type(e).__name__, e)
try:
    print('Decimal("1.225").quantize(Decimal("0.01"), ROUND_HALF_EVEN)', '->', repr(Decimal("1.225").quantize(Decimal("0.01"), ROUND_HALF_EVEN)))
except Exception as e:
    print('Decimal("1.225").quantize(Decimal("0.01"), ROUND_HALF_EVEN)', '->', type(e).__name__, e)
try:
    print('Decimal("1.005").quantize(Decimal("0.01"))', '->', repr(Decimal("1.005").quantize(Decimal("0.01"))))
except Exception as e:
    print('Decimal("1.005").quantize(Decimal("0.01"))', '->', type(e).__name__, e)
try:
    print('Decimal("1.015").quantize(Decimal("0.01"))', '->', repr(Decimal("1.015").quantize(Decimal("0.01"))))
except Exception as e:
    print('Decimal("1.015").quantize(Decimal("0.01"))', '->', type(e).__name__, e)
try:
    print('Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)', '->', repr(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)))
except Exception as e:
    print('Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)', '->', type(e).__name__, e)
try:
    print('Decimal("-2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)', '->', repr(Decimal("-2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)))
except Exception as e:
    print('Decimal("-2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)', '->', type(e).__name__, e)
try:
    print('Decimal("123.456").quantize(Decimal("1"))', '->', repr(Decimal("123.456").quantize(Decimal("1"))))
except Exception as e:
    print('Decimal("123.456").quantize(Decimal("1"))', '->', type(e).__name__, e)
try:
    print('Decimal("123.456").quantize(Decimal("1E+1"))', '->', repr(Decimal("123.456").quantize(Decimal("1E+1"))))
except Exception as e:
    print('Decimal("123.456").quantize(Decimal("1E+1"))', '->', type(e).__name__, e)
try:
    print('Decimal("123.456").quantize(Decimal("1."), rounding=ROUND_FLOOR)', '->', repr(Decimal("123.456").quantize(Decimal("1."), rounding=ROUND_FLOOR)))
except Exception as e:
    print('Decimal("123.456").quantize(Decimal("1."), rounding=ROUND_FLOOR)', '->', type(e).__name__, e)
try:
    print('Decimal("9.99").quantize(Decimal("0.1"))', '->', repr(Decimal("9.99").quantize(Decimal("0.1"))))
except Exception as e:
    print('Decimal("9.99").quantize(Decimal("0.1"))', '->', type(e).__name__, e)
try:
    print('Decimal("inf").quantize(Decimal("1"))', '->', repr(Decimal("inf").quantize(Decimal("1"))))
except Exception as e:
    print('Decimal("inf").quantize(Decimal("1"))', '->', type(e).__name__, e)
try:
    print('Decimal("inf").quantize(Decimal("inf"))', '->', repr(Decimal("inf").quantize(Decimal("inf"))))
except Exception as e:
    print('Decimal("inf").quantize(Decimal("inf"))', '->', type(e).__name__, e)
try:
    print('Decimal("1.5").quantize(1)', '->', repr(Decimal("1.5").quantize(1)))
except Exception as e:
    print('Decimal("1.5").quantize(1)', '->', type(e).__name__, e)
try:
    print('Decimal("1.5").quantize(0.1)', '->', repr(Decimal("1.5").quantize(0.1)))
except Exception as e:
    print('Decimal("1.5").quantize(0.1)', '->', type(e).__name__, e)
try:
    print('round(Decimal("0.125"), 2)', '->', repr(round(Decimal("0.125"), 2)))
except Exception as e:
    print('round(Decimal("0.125"), 2)', '->', type(e).__name__, e)
try:
    print('round(Decimal("-0.5"))', '->', repr(round(Decimal("-0.5"))))
except Exception as e:
    print('round(Decimal("-0.5"))', '->', type(e).__name__, e)
try:
    print('round(Decimal("1.5"))', '->', repr(round(Decimal("1.5"))))
except Exception as e:
    print('round(Decimal("1.5"))', '->', type(e).__name__, e)
try:
    print('round(Decimal("-1.5"))', '->', repr(round(Decimal("-1.5"))))
except Exception as e:
    print('round(Decimal("-1.5"))', '->', type(e).__name__, e)
try:
    print('round(Decimal("nan"))', '->', repr(round(Decimal("nan"))))
except Exception as e:
    print('round(Decimal("nan"))', '->', type(e).__name__, e)
try:
    print('round(Decimal("inf"))', '->', repr(round(Decimal("inf"))))
except Exception as e:
    print('round(Decimal("inf"))', '->', type(e).__name__, e)
try:
    print('round(Decimal("12345.678"), -2)', '->', repr(round(Decimal("12345.678"), -2)))
except Exception as e:
    print('round(Decimal("12345.678"), -2)', '->', type(e).__name__, e)
try:
    print('round(Decimal("1.23"), 5)', '->', repr(round(Decimal("1.23"), 5)))
except Exception as e:
    print('round(Decimal("1.23"), 5)', '->', type(e).__name__, e)
try:
    print('Decimal("12.5").to_integral_value()', '->', repr(Decimal("12.5").to_integral_value()))
except Exception as e:
    print('Decimal("12.5").to_integral_value()', '->', type(e).__name__, e)
try:
    print('Decimal("13.5").to_integral_value()', '->', repr(Decimal("13.5").to_integral_value()))
except Exception as e:
    print('Decimal("13.5").to_integral_value()', '->', type(e).__name__, e)
try:
    print('Decimal("-12.5").to_integral_value(ROUND_CEILING)', '->', repr(Decimal("-12.5").to_integral_value(ROUND_CEILING)))
except Exception as e:
    print('Decimal("-12.5").to_integral_value(ROUND_CEILING)', '->', type(e).__name__, e)
try:
    print('Decimal("1E+2").to_integral_value()', '->', repr(Decimal("1E+2").to_integral_value()))
except Exception as e:
    print('Decimal("1E+2").to_integral_value()', '->', type(e).__name__, e)
try:
    print('Decimal("99.5").to_integral()', '->', repr(Decimal("99.5").to_integral()))
except Exception as e:
    print('Decimal("99.5").to_integral()', '->', type(e).__name__, e)
try:
    print('Decimal("7.5").to_integral_exact(rounding=ROUND_05UP)', '->', repr(Decimal("7.5").to_integral_exact(rounding=ROUND_05UP)))
except Exception as e:
    print('Decimal("7.5").to_integral_exact(rounding=ROUND_05UP)', '->', type(e).__name__, e)
