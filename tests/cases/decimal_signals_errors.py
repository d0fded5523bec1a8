from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('Decimal("abc")', '->', repr(Decimal("abc")))
except Exception as e:
    print('Decimal("abc")', '->', type(e).__name__, e)
try:
    print('Decimal(1)/0', '->', repr(Decimal(1)/0))
except Exception as e:
    print('Decimal(1)/0', '->', type(e).__name__, e)
try:
    print('Decimal(0)/0', '->', repr(Decimal(0)/0))
except Exception as e:
    print('Decimal(0)/0', '->', type(e).__name__, e)
try:
    print('Decimal(1)//0', '->', repr(Decimal(1)//0))
except Exception as e:
    print('Decimal(1)//0', '->', type(e).__name__, e)
try:
    print('Decimal(1)%0', '->', repr(Decimal(1)%0))
except Exception as e:
    print('Decimal(1)%0', '->', type(e).__name__, e)
try:
    print('Decimal("inf")-Decimal("inf")', '->', repr(Decimal("inf")-Decimal("inf")))
except Exception as e:
    print('Decimal("inf")-Decimal("inf")', '->', type(e).__name__, e)
try:
    print('Decimal("1e999999")*10', '->', repr(Decimal("1e999999")*10))
except Exception as e:
    print('Decimal("1e999999")*10', '->', type(e).__name__, e)
try:
    print('Decimal("nan")<1', '->', repr(Decimal("nan")<1))
except Exception as e:
    print('Decimal("nan")<1', '->', type(e).__name__, e)
try:
    print('Decimal("nan")==1', '->', repr(Decimal("nan")==1))
except Exception as e:
    print('Decimal("nan")==1', '->', type(e).__name__, e)
try:
    print('Decimal(1)+1.5', '->', repr(Decimal(1)+1.5))
except Exception as e:
    print('Decimal(1)+1.5', '->', type(e).__name__, e)
try:
    print('1.5+Decimal(1)', '->', repr(1.5+Decimal(1)))
except Exception as e:
    print('1.5+Decimal(1)', '->', type(e).__name__, e)
try:
    print('Decimal(1)+Fraction(1,2)', '->', repr(Decimal(1)+Fraction(1,2)))
except Exception as e:
    print('Decimal(1)+Fraction(1,2)', '->', type(e).__name__, e)
try:
    print('Decimal(1)<1.5', '->', repr(Decimal(1)<1.5))
except Exception as e:
    print('Decimal(1)<1.5', '->', type(e).__name__, e)
try:
    print('Decimal(1)==1.0', '->', repr(Decimal(1)==1.0))
except Exception as e:
    print('Decimal(1)==1.0', '->', type(e).__name__, e)
try:
    print('Decimal(1).quantize(Decimal("1e-30"))', '->', repr(Decimal(1).quantize(Decimal("1e-30"))))
except Exception as e:
    print('Decimal(1).quantize(Decimal("1e-30"))', '->', type(e).__name__, e)
try:
    print('Decimal("1.5").sqrt()', '->', repr(Decimal("1.5").sqrt()))
except Exception as e:
    print('Decimal("1.5").sqrt()', '->', type(e).__name__, e)
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
    print('hash(Decimal("snan"))', '->', repr(hash(Decimal("snan"))))
except Exception as e:
    print('hash(Decimal("snan"))', '->', type(e).__name__, e)
try:
    print('float(Decimal("snan"))', '->', repr(float(Decimal("snan"))))
except Exception as e:
    print('float(Decimal("snan"))', '->', type(e).__name__, e)
try:
    print('int(Decimal("nan"))', '->', repr(int(Decimal("nan"))))
except Exception as e:
    print('int(Decimal("nan"))', '->', type(e).__name__, e)
try:
    print('int(Decimal("inf"))', '->', repr(int(Decimal("inf"))))
except Exception as e:
    print('int(Decimal("inf"))', '->', type(e).__name__, e)
try:
    print('Decimal([1])', '->', repr(Decimal([1])))
except Exception as e:
    print('Decimal([1])', '->', type(e).__name__, e)
try:
    print('Decimal((0,(1,2),-1))', '->', repr(Decimal((0,(1,2),-1))))
except Exception as e:
    print('Decimal((0,(1,2),-1))', '->', type(e).__name__, e)
try:
    print('Decimal((1,(1,2),"F"))', '->', repr(Decimal((1,(1,2),"F"))))
except Exception as e:
    print('Decimal((1,(1,2),"F"))', '->', type(e).__name__, e)
try:
    print('Decimal((0,(1,12),-1))', '->', repr(Decimal((0,(1,12),-1))))
except Exception as e:
    print('Decimal((0,(1,12),-1))', '->', type(e).__name__, e)
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
    print('Decimal("1e999999") ** 2', '->', repr(Decimal("1e999999") ** 2))
except Exception as e:
    print('Decimal("1e999999") ** 2', '->', type(e).__name__, e)
try:
    print('Decimal(10) ** 1000000', '->', repr(Decimal(10) ** 1000000))
except Exception as e:
    print('Decimal(10) ** 1000000', '->', type(e).__name__, e)
try:
    print('Decimal("1e-999999") ** 2', '->', repr(Decimal("1e-999999") ** 2))
except Exception as e:
    print('Decimal("1e-999999") ** 2', '->', type(e).__name__, e)
try:
    print('Decimal(2).ln() - Decimal(2).ln()', '->', repr(Decimal(2).ln() - Decimal(2).ln()))
except Exception as e:
    print('Decimal(2).ln() - Decimal(2).ln()', '->', type(e).__name__, e)
try:
    print('Decimal("sNaN") + 1', '->', repr(Decimal("sNaN") + 1))
except Exception as e:
    print('Decimal("sNaN") + 1', '->', type(e).__name__, e)
try:
    print('Decimal("NaN") + 1', '->', repr(Decimal("NaN") + 1))
except Exception as e:
    print('Decimal("NaN") + 1', '->', type(e).__name__, e)
try:
    print('Decimal("sNaN").is_snan()', '->', repr(Decimal("sNaN").is_snan()))
except Exception as e:
    print('Decimal("sNaN").is_snan()', '->', type(e).__name__, e)
try:
    print('Decimal(1) < Decimal("sNaN")', '->', repr(Decimal(1) < Decimal("sNaN")))
except Exception as e:
    print('Decimal(1) < Decimal("sNaN")', '->', type(e).__name__, e)
try:
    print('Decimal("nan") == Decimal("nan")', '->', repr(Decimal("nan") == Decimal("nan")))
except Exception as e:
    print('Decimal("nan") == Decimal("nan")', '->', type(e).__name__, e)
try:
    print('Decimal("nan") != Decimal("nan")', '->', repr(Decimal("nan") != Decimal("nan")))
except Exception as e:
    print('Decimal("nan") != Decimal("nan")', '->', type(e).__name__, e)
