from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('Decimal(-1).sqrt()', '->', repr(Decimal(-1).sqrt()))
except Exception as e:
    print('Decimal(-1).sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal(2).sqrt()', '->', repr(Decimal(2).sqrt()))
except Exception as e:
    print('Decimal(2).sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal(2)**Decimal("0.5")', '->', repr(Decimal(2)**Decimal("0.5")))
except Exception as e:
    print('Decimal(2)**Decimal("0.5")', '->', type(e).__name__, e)
try:
    print('Decimal(2)**100', '->', repr(Decimal(2)**100))
except Exception as e:
    print('Decimal(2)**100', '->', type(e).__name__, e)
try:
    print('Decimal(2)**-2', '->', repr(Decimal(2)**-2))
except Exception as e:
    print('Decimal(2)**-2', '->', type(e).__name__, e)
try:
    print('Decimal(0)**0', '->', repr(Decimal(0)**0))
except Exception as e:
    print('Decimal(0)**0', '->', type(e).__name__, e)
try:
    print('Decimal(0)**-1', '->', repr(Decimal(0)**-1))
except Exception as e:
    print('Decimal(0)**-1', '->', type(e).__name__, e)
try:
    print('Decimal(-8)**Decimal("0.5")', '->', repr(Decimal(-8)**Decimal("0.5")))
except Exception as e:
    print('Decimal(-8)**Decimal("0.5")', '->', type(e).__name__, e)
try:
    print('Decimal("1.0")**2', '->', repr(Decimal("1.0")**2))
except Exception as e:
    print('Decimal("1.0")**2', '->', type(e).__name__, e)
try:
    print('Decimal("2.50")**2', '->', repr(Decimal("2.50")**2))
except Exception as e:
    print('Decimal("2.50")**2', '->', type(e).__name__, e)
try:
    print('Decimal("0.5")**-2', '->', repr(Decimal("0.5")**-2))
except Exception as e:
    print('Decimal("0.5")**-2', '->', type(e).__name__, e)
try:
    print('Decimal("1.0")**-2', '->', repr(Decimal("1.0")**-2))
except Exception as e:
    print('Decimal("1.0")**-2', '->', type(e).__name__, e)
try:
    print('Decimal(3)**-2', '->', repr(Decimal(3)**-2))
except Exception as e:
    print('Decimal(3)**-2', '->', type(e).__name__, e)
try:
    print('Decimal(0)**Decimal("0.5")', '->', repr(Decimal(0)**Decimal("0.5")))
except Exception as e:
    print('Decimal(0)**Decimal("0.5")', '->', type(e).__name__, e)
try:
    print('Decimal("0.00")**2', '->', repr(Decimal("0.00")**2))
except Exception as e:
    print('Decimal("0.00")**2', '->', type(e).__name__, e)
try:
    print('Decimal(10)**Decimal(3)', '->', repr(Decimal(10)**Decimal(3)))
except Exception as e:
    print('Decimal(10)**Decimal(3)', '->', type(e).__name__, e)
try:
    print('Decimal(10)**Decimal("3.0")', '->', repr(Decimal(10)**Decimal("3.0")))
except Exception as e:
    print('Decimal(10)**Decimal("3.0")', '->', type(e).__name__, e)
try:
    print('Decimal(2)**Decimal("-0.5")', '->', repr(Decimal(2)**Decimal("-0.5")))
except Exception as e:
    print('Decimal(2)**Decimal("-0.5")', '->', type(e).__name__, e)
try:
    print('Decimal("inf")**2', '->', repr(Decimal("inf")**2))
except Exception as e:
    print('Decimal("inf")**2', '->', type(e).__name__, e)
try:
    print('Decimal("-inf")**3', '->', repr(Decimal("-inf")**3))
except Exception as e:
    print('Decimal("-inf")**3', '->', type(e).__name__, e)
try:
    print('Decimal(-2)**3', '->', repr(Decimal(-2)**3))
except Exception as e:
    print('Decimal(-2)**3', '->', type(e).__name__, e)
try:
    print('Decimal(-2)**Decimal("2.0")', '->', repr(Decimal(-2)**Decimal("2.0")))
except Exception as e:
    print('Decimal(-2)**Decimal("2.0")', '->', type(e).__name__, e)
try:
    print('Decimal(-10000000).exp()', '->', repr(Decimal(-10000000).exp()))
except Exception as e:
    print('Decimal(-10000000).exp()', '->', type(e).__name__, e)
try:
    print('Decimal("0.001").log10()', '->', repr(Decimal("0.001").log10()))
except Exception as e:
    print('Decimal("0.001").log10()', '->', type(e).__name__, e)
try:
    print('Decimal(2).log10()', '->', repr(Decimal(2).log10()))
except Exception as e:
    print('Decimal(2).log10()', '->', type(e).__name__, e)
try:
    print('Decimal(0).sqrt()', '->', repr(Decimal(0).sqrt()))
except Exception as e:
    print('Decimal(0).sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("0.00").sqrt()', '->', repr(Decimal("0.00").sqrt()))
except Exception as e:
    print('Decimal("0.00").sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("100").sqrt()', '->', repr(Decimal("100").sqrt()))
except Exception as e:
    print('Decimal("100").sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("1.00").sqrt()', '->', repr(Decimal("1.00").sqrt()))
except Exception as e:
    print('Decimal("1.00").sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("0.0100").sqrt()', '->', repr(Decimal("0.0100").sqrt()))
except Exception as e:
    print('Decimal("0.0100").sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("1E+3").sqrt()', '->', repr(Decimal("1E+3").sqrt()))
except Exception as e:
    print('Decimal("1E+3").sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("-0").sqrt()', '->', repr(Decimal("-0").sqrt()))
except Exception as e:
    print('Decimal("-0").sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("inf").sqrt()', '->', repr(Decimal("inf").sqrt()))
except Exception as e:
    print('Decimal("inf").sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("0E-50") + 1', '->', repr(Decimal("0E-50") + 1))
except Exception as e:
    print('Decimal("0E-50") + 1', '->', type(e).__name__, e)
try:
    print('Decimal("1E-50") + 1', '->', repr(Decimal("1E-50") + 1))
except Exception as e:
    print('Decimal("1E-50") + 1', '->', type(e).__name__, e)
try:
    print('Decimal(1) - Decimal("1E-50")', '->', repr(Decimal(1) - Decimal("1E-50")))
except Exception as e:
    print('Decimal(1) - Decimal("1E-50")', '->', type(e).__name__, e)
try:
    print('Decimal("1E+50") - Decimal("1E-50")', '->', repr(Decimal("1E+50") - Decimal("1E-50")))
except Exception as e:
    print('Decimal("1E+50") - Decimal("1E-50")', '->', type(e).__name__, e)
try:
    print('getcontext()', '->', repr(getcontext()))
except Exception as e:
    print('getcontext()', '->', type(e).__name__, e)
try:
    print('Decimal("1.21").sqrt()', '->', repr(Decimal("1.21").sqrt()))
except Exception as e:
    print('Decimal("1.21").sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal(10).sqrt()', '->', repr(Decimal(10).sqrt()))
except Exception as e:
    print('Decimal(10).sqrt()', '->', type(e).__name__, e)
try:
    print('Decimal("0.5") ** Decimal("0.5")', '->', repr(Decimal("0.5") ** Decimal("0.5")))
except Exception as e:
    print('Decimal("0.5") ** Decimal("0.5")', '->', type(e).__name__, e)
try:
    print('Decimal(2) ** Decimal("0.1")', '->', repr(Decimal(2) ** Decimal("0.1")))
except Exception as e:
    print('Decimal(2) ** Decimal("0.1")', '->', type(e).__name__, e)
try:
    print('Decimal(5) ** Decimal("-1.5")', '->', repr(Decimal(5) ** Decimal("-1.5")))
except Exception as e:
    print('Decimal(5) ** Decimal("-1.5")', '->', type(e).__name__, e)
try:
    print('Decimal("1.0001") ** 1000', '->', repr(Decimal("1.0001") ** 1000))
except Exception as e:
    print('Decimal("1.0001") ** 1000', '->', type(e).__name__, e)
try:
    print('Decimal(2) ** 1000', '->', repr(Decimal(2) ** 1000))
except Exception as e:
    print('Decimal(2) ** 1000', '->', type(e).__name__, e)
try:
    print('Decimal(-3) ** 3', '->', repr(Decimal(-3) ** 3))
except Exception as e:
    print('Decimal(-3) ** 3', '->', type(e).__name__, e)
try:
    print('Decimal(-3) ** Decimal("3.5")', '->', repr(Decimal(-3) ** Decimal("3.5")))
except Exception as e:
    print('Decimal(-3) ** Decimal("3.5")', '->', type(e).__name__, e)
try:
    print('Decimal("inf") ** Decimal("0.5")', '->', repr(Decimal("inf") ** Decimal("0.5")))
except Exception as e:
    print('Decimal("inf") ** Decimal("0.5")', '->', type(e).__name__, e)
try:
    print('Decimal(0) ** Decimal("inf")', '->', repr(Decimal(0) ** Decimal("inf")))
except Exception as e:
    print('Decimal(0) ** Decimal("inf")', '->', type(e).__name__, e)
try:
    print('Decimal("0.5") ** Decimal("inf")', '->', repr(Decimal("0.5") ** Decimal("inf")))
except Exception as e:
    print('Decimal("0.5") ** Decimal("inf")', '->', type(e).__name__, e)
try:
    print('Decimal(7).exp()', '->', repr(Decimal(7).exp()))
except Exception as e:
    print('Decimal(7).exp()', '->', type(e).__name__, e)
try:
    print('Decimal("-2.5").exp()', '->', repr(Decimal("-2.5").exp()))
except Exception as e:
    print('Decimal("-2.5").exp()', '->', type(e).__name__, e)
try:
    print('Decimal("0.5").ln()', '->', repr(Decimal("0.5").ln()))
except Exception as e:
    print('Decimal("0.5").ln()', '->', type(e).__name__, e)
try:
    print('Decimal("1e10").log10()', '->', repr(Decimal("1e10").log10()))
except Exception as e:
    print('Decimal("1e10").log10()', '->', type(e).__name__, e)
try:
    print('Decimal("12345").ln()', '->', repr(Decimal("12345").ln()))
except Exception as e:
    print('Decimal("12345").ln()', '->', type(e).__name__, e)
