from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('Decimal("1_000.5")', '->', repr(Decimal("1_000.5")))
except Exception as e:
    print('Decimal("1_000.5")', '->', type(e).__name__, e)
try:
    print('Decimal(" 1.5 ")', '->', repr(Decimal(" 1.5 ")))
except Exception as e:
    print('Decimal(" 1.5 ")', '->', type(e).__name__, e)
try:
    print('Decimal("1.5e")', '->', repr(Decimal("1.5e")))
except Exception as e:
    print('Decimal("1.5e")', '->', type(e).__name__, e)
try:
    print('Decimal(0.1)', '->', repr(Decimal(0.1)))
except Exception as e:
    print('Decimal(0.1)', '->', type(e).__name__, e)
try:
    print('Decimal("-0")', '->', repr(Decimal("-0")))
except Exception as e:
    print('Decimal("-0")', '->', type(e).__name__, e)
try:
    print('Decimal("1E+2")', '->', repr(Decimal("1E+2")))
except Exception as e:
    print('Decimal("1E+2")', '->', type(e).__name__, e)
try:
    print('Decimal("0.000001")', '->', repr(Decimal("0.000001")))
except Exception as e:
    print('Decimal("0.000001")', '->', type(e).__name__, e)
try:
    print('Decimal("0.0000001")', '->', repr(Decimal("0.0000001")))
except Exception as e:
    print('Decimal("0.0000001")', '->', type(e).__name__, e)
try:
    print('Decimal("123E-10")', '->', repr(Decimal("123E-10")))
except Exception as e:
    print('Decimal("123E-10")', '->', type(e).__name__, e)
try:
    print('Decimal("-Inf")', '->', repr(Decimal("-Inf")))
except Exception as e:
    print('Decimal("-Inf")', '->', type(e).__name__, e)
try:
    print('Decimal("NaN123")', '->', repr(Decimal("NaN123")))
except Exception as e:
    print('Decimal("NaN123")', '->', type(e).__name__, e)
try:
    print('Decimal("-sNaN")', '->', repr(Decimal("-sNaN")))
except Exception as e:
    print('Decimal("-sNaN")', '->', type(e).__name__, e)
try:
    print('Decimal("1.30")+Decimal("1.20")', '->', repr(Decimal("1.30")+Decimal("1.20")))
except Exception as e:
    print('Decimal("1.30")+Decimal("1.20")', '->', type(e).__name__, e)
try:
    print('Decimal()', '->', repr(Decimal()))
except Exception as e:
    print('Decimal()', '->', type(e).__name__, e)
try:
    print('Decimal("  -12.50  ")', '->', repr(Decimal("  -12.50  ")))
except Exception as e:
    print('Decimal("  -12.50  ")', '->', type(e).__name__, e)
try:
    print('Decimal("1e1000")', '->', repr(Decimal("1e1000")))
except Exception as e:
    print('Decimal("1e1000")', '->', type(e).__name__, e)
try:
    print('Decimal("-1.00E-3")', '->', repr(Decimal("-1.00E-3")))
except Exception as e:
    print('Decimal("-1.00E-3")', '->', type(e).__name__, e)
try:
    print('Decimal(".5")', '->', repr(Decimal(".5")))
except Exception as e:
    print('Decimal(".5")', '->', type(e).__name__, e)
try:
    print('Decimal("5.")', '->', repr(Decimal("5.")))
except Exception as e:
    print('Decimal("5.")', '->', type(e).__name__, e)
try:
    print('Decimal("1e")', '->', repr(Decimal("1e")))
except Exception as e:
    print('Decimal("1e")', '->', type(e).__name__, e)
try:
    print('Decimal("1.2.3")', '->', repr(Decimal("1.2.3")))
except Exception as e:
    print('Decimal("1.2.3")', '->', type(e).__name__, e)
try:
    print('Decimal("+inf")', '->', repr(Decimal("+inf")))
except Exception as e:
    print('Decimal("+inf")', '->', type(e).__name__, e)
try:
    print('Decimal("infinity")', '->', repr(Decimal("infinity")))
except Exception as e:
    print('Decimal("infinity")', '->', type(e).__name__, e)
try:
    print('Decimal("-nan")', '->', repr(Decimal("-nan")))
except Exception as e:
    print('Decimal("-nan")', '->', type(e).__name__, e)
try:
    print('Decimal("1__0")', '->', repr(Decimal("1__0")))
except Exception as e:
    print('Decimal("1__0")', '->', type(e).__name__, e)
try:
    print('Decimal("_1")', '->', repr(Decimal("_1")))
except Exception as e:
    print('Decimal("_1")', '->', type(e).__name__, e)
try:
    print('Decimal(" ")', '->', repr(Decimal(" ")))
except Exception as e:
    print('Decimal(" ")', '->', type(e).__name__, e)
try:
    print('Decimal("0e-0")', '->', repr(Decimal("0e-0")))
except Exception as e:
    print('Decimal("0e-0")', '->', type(e).__name__, e)
try:
    print('Decimal(-7)', '->', repr(Decimal(-7)))
except Exception as e:
    print('Decimal(-7)', '->', type(e).__name__, e)
try:
    print('Decimal(2**100)', '->', repr(Decimal(2**100)))
except Exception as e:
    print('Decimal(2**100)', '->', type(e).__name__, e)
try:
    print('Decimal(True)', '->', repr(Decimal(True)))
except Exception as e:
    print('Decimal(True)', '->', type(e).__name__, e)
try:
    print('Decimal(1.5)', '->', repr(Decimal(1.5)))
except Exception as e:
    print('Decimal(1.5)', '->', type(e).__name__, e)
try:
    print('Decimal(-0.0)', '->', repr(Decimal(-0.0)))
except Exception as e:
    print('Decimal(-0.0)', '->', type(e).__name__, e)
try:
    print('Decimal(float("inf"))', '->', repr(Decimal(float("inf"))))
except Exception as e:
    print('Decimal(float("inf"))', '->', type(e).__name__, e)
try:
    print('Decimal(float("nan"))', '->', repr(Decimal(float("nan"))))
except Exception as e:
    print('Decimal(float("nan"))', '->', type(e).__name__, e)
try:
    print('Decimal(1e300)', '->', repr(Decimal(1e300)))
except Exception as e:
    print('Decimal(1e300)', '->', type(e).__name__, e)
try:
    print('Decimal(5e-324)', '->', repr(Decimal(5e-324)))
except Exception as e:
    print('Decimal(5e-324)', '->', type(e).__name__, e)
try:
    print('Decimal(Decimal("3.14"))', '->', repr(Decimal(Decimal("3.14"))))
except Exception as e:
    print('Decimal(Decimal("3.14"))', '->', type(e).__name__, e)
try:
    print('Decimal(None)', '->', repr(Decimal(None)))
except Exception as e:
    print('Decimal(None)', '->', type(e).__name__, e)
try:
    print('Decimal([1, (1,), 0])', '->', repr(Decimal([1, (1,), 0])))
except Exception as e:
    print('Decimal([1, (1,), 0])', '->', type(e).__name__, e)
try:
    print('Decimal((0, (), 0))', '->', repr(Decimal((0, (), 0))))
except Exception as e:
    print('Decimal((0, (), 0))', '->', type(e).__name__, e)
try:
    print('Decimal((2, (1,), 0))', '->', repr(Decimal((2, (1,), 0))))
except Exception as e:
    print('Decimal((2, (1,), 0))', '->', type(e).__name__, e)
try:
    print('Decimal((0, (1,), "x"))', '->', repr(Decimal((0, (1,), "x"))))
except Exception as e:
    print('Decimal((0, (1,), "x"))', '->', type(e).__name__, e)
try:
    print('Decimal((0, (1,), 1.5))', '->', repr(Decimal((0, (1,), 1.5))))
except Exception as e:
    print('Decimal((0, (1,), 1.5))', '->', type(e).__name__, e)
try:
    print('Decimal("1", Context(prec=2))', '->', repr(Decimal("1", Context(prec=2))))
except Exception as e:
    print('Decimal("1", Context(prec=2))', '->', type(e).__name__, e)
try:
    print('Decimal("123456789", context=Context(prec=3))', '->', repr(Decimal("123456789", context=Context(prec=3))))
except Exception as e:
    print('Decimal("123456789", context=Context(prec=3))', '->', type(e).__name__, e)
try:
    print('Decimal.from_float(0.1)', '->', repr(Decimal.from_float(0.1)))
except Exception as e:
    print('Decimal.from_float(0.1)', '->', type(e).__name__, e)
try:
    print('Decimal.from_float(3)', '->', repr(Decimal.from_float(3)))
except Exception as e:
    print('Decimal.from_float(3)', '->', type(e).__name__, e)
try:
    print('Decimal.from_float("x")', '->', repr(Decimal.from_float("x")))
except Exception as e:
    print('Decimal.from_float("x")', '->', type(e).__name__, e)
