from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('Decimal("0.1")*3 == Decimal("0.3")', '->', repr(Decimal("0.1")*3 == Decimal("0.3")))
except Exception as e:
    print('Decimal("0.1")*3 == Decimal("0.3")', '->', type(e).__name__, e)
try:
    print('Decimal("1.10")==Decimal("1.1")', '->', repr(Decimal("1.10")==Decimal("1.1")))
except Exception as e:
    print('Decimal("1.10")==Decimal("1.1")', '->', type(e).__name__, e)
try:
    print('hash(Decimal("1.10"))==hash(1.1)', '->', repr(hash(Decimal("1.10"))==hash(1.1)))
except Exception as e:
    print('hash(Decimal("1.10"))==hash(1.1)', '->', type(e).__name__, e)
try:
    print('hash(Decimal("0.5"))==hash(0.5)', '->', repr(hash(Decimal("0.5"))==hash(0.5)))
except Exception as e:
    print('hash(Decimal("0.5"))==hash(0.5)', '->', type(e).__name__, e)
try:
    print('hash(Decimal(5))', '->', repr(hash(Decimal(5))))
except Exception as e:
    print('hash(Decimal(5))', '->', type(e).__name__, e)
try:
    print('hash(Decimal("1.1"))', '->', repr(hash(Decimal("1.1"))))
except Exception as e:
    print('hash(Decimal("1.1"))', '->', type(e).__name__, e)
try:
    print('hash(Decimal("-2.5E+10"))', '->', repr(hash(Decimal("-2.5E+10"))))
except Exception as e:
    print('hash(Decimal("-2.5E+10"))', '->', type(e).__name__, e)
try:
    print('Decimal(1) < Decimal(2)', '->', repr(Decimal(1) < Decimal(2)))
except Exception as e:
    print('Decimal(1) < Decimal(2)', '->', type(e).__name__, e)
try:
    print('sorted([Decimal("1.5"), 1, Decimal("0.5")])', '->', repr(sorted([Decimal("1.5"), 1, Decimal("0.5")])))
except Exception as e:
    print('sorted([Decimal("1.5"), 1, Decimal("0.5")])', '->', type(e).__name__, e)
try:
    print('max(Decimal(1), Decimal("1.0"))', '->', repr(max(Decimal(1), Decimal("1.0"))))
except Exception as e:
    print('max(Decimal(1), Decimal("1.0"))', '->', type(e).__name__, e)
try:
    print('Decimal("1e-7")', '->', repr(Decimal("1e-7")))
except Exception as e:
    print('Decimal("1e-7")', '->', type(e).__name__, e)
try:
    print('Decimal("1.5") + True', '->', repr(Decimal("1.5") + True))
except Exception as e:
    print('Decimal("1.5") + True', '->', type(e).__name__, e)
try:
    print('3 - Decimal("0.5")', '->', repr(3 - Decimal("0.5")))
except Exception as e:
    print('3 - Decimal("0.5")', '->', type(e).__name__, e)
try:
    print('2 ** Decimal(3)', '->', repr(2 ** Decimal(3)))
except Exception as e:
    print('2 ** Decimal(3)', '->', type(e).__name__, e)
try:
    print('Decimal("1.0") == 1', '->', repr(Decimal("1.0") == 1))
except Exception as e:
    print('Decimal("1.0") == 1', '->', type(e).__name__, e)
try:
    print('Decimal("0.5") == 0.5', '->', repr(Decimal("0.5") == 0.5))
except Exception as e:
    print('Decimal("0.5") == 0.5', '->', type(e).__name__, e)
try:
    print('Decimal("0.1") == 0.1', '->', repr(Decimal("0.1") == 0.1))
except Exception as e:
    print('Decimal("0.1") == 0.1', '->', type(e).__name__, e)
try:
    print('Decimal(1) < 2', '->', repr(Decimal(1) < 2))
except Exception as e:
    print('Decimal(1) < 2', '->', type(e).__name__, e)
try:
    print('2 > Decimal("1.99")', '->', repr(2 > Decimal("1.99")))
except Exception as e:
    print('2 > Decimal("1.99")', '->', type(e).__name__, e)
try:
    print('Decimal(1) <= 1.0', '->', repr(Decimal(1) <= 1.0))
except Exception as e:
    print('Decimal(1) <= 1.0', '->', type(e).__name__, e)
try:
    print('Decimal("-0") == Decimal("0")', '->', repr(Decimal("-0") == Decimal("0")))
except Exception as e:
    print('Decimal("-0") == Decimal("0")', '->', type(e).__name__, e)
try:
    print('Decimal(1) == "1"', '->', repr(Decimal(1) == "1"))
except Exception as e:
    print('Decimal(1) == "1"', '->', type(e).__name__, e)
try:
    print('Decimal(1) < "1"', '->', repr(Decimal(1) < "1"))
except Exception as e:
    print('Decimal(1) < "1"', '->', type(e).__name__, e)
try:
    print('hash(Decimal("-0"))', '->', repr(hash(Decimal("-0"))))
except Exception as e:
    print('hash(Decimal("-0"))', '->', type(e).__name__, e)
try:
    print('hash(Decimal("1E+3")) == hash(1000)', '->', repr(hash(Decimal("1E+3")) == hash(1000)))
except Exception as e:
    print('hash(Decimal("1E+3")) == hash(1000)', '->', type(e).__name__, e)
try:
    print('hash(Decimal("0.25")) == hash(Fraction(1, 4))', '->', repr(hash(Decimal("0.25")) == hash(Fraction(1, 4))))
except Exception as e:
    print('hash(Decimal("0.25")) == hash(Fraction(1, 4))', '->', type(e).__name__, e)
try:
    print('hash(Decimal("123.456"))', '->', repr(hash(Decimal("123.456"))))
except Exception as e:
    print('hash(Decimal("123.456"))', '->', type(e).__name__, e)
try:
    print('hash(Decimal("inf"))', '->', repr(hash(Decimal("inf"))))
except Exception as e:
    print('hash(Decimal("inf"))', '->', type(e).__name__, e)
try:
    print('hash(Decimal("-inf"))', '->', repr(hash(Decimal("-inf"))))
except Exception as e:
    print('hash(Decimal("-inf"))', '->', type(e).__name__, e)
try:
    print('len({Decimal("1.0"), Decimal(1), 1, 1.0})', '->', repr(len({Decimal("1.0"), Decimal(1), 1, 1.0})))
except Exception as e:
    print('len({Decimal("1.0"), Decimal(1), 1, 1.0})', '->', type(e).__name__, e)
try:
    print('{Decimal("0.5"): "half"}[0.5]', '->', repr({Decimal("0.5"): "half"}[0.5]))
except Exception as e:
    print('{Decimal("0.5"): "half"}[0.5]', '->', type(e).__name__, e)
try:
    print('max([Decimal("1.5"), 2, Decimal("-3")])', '->', repr(max([Decimal("1.5"), 2, Decimal("-3")])))
except Exception as e:
    print('max([Decimal("1.5"), 2, Decimal("-3")])', '->', type(e).__name__, e)
try:
    print('min(Decimal("1.00"), Decimal("1"))', '->', repr(min(Decimal("1.00"), Decimal("1"))))
except Exception as e:
    print('min(Decimal("1.00"), Decimal("1"))', '->', type(e).__name__, e)
try:
    print('sorted([Decimal("2.2"), 1.5, 3, Decimal("0.1")])', '->', repr(sorted([Decimal("2.2"), 1.5, 3, Decimal("0.1")])))
except Exception as e:
    print('sorted([Decimal("2.2"), 1.5, 3, Decimal("0.1")])', '->', type(e).__name__, e)
try:
    print('Decimal("inf") > 10**100', '->', repr(Decimal("inf") > 10**100))
except Exception as e:
    print('Decimal("inf") > 10**100', '->', type(e).__name__, e)
try:
    print('Decimal("-inf") < -1e308', '->', repr(Decimal("-inf") < -1e308))
except Exception as e:
    print('Decimal("-inf") < -1e308', '->', type(e).__name__, e)
try:
    print('Decimal(1).compare(2)', '->', repr(Decimal(1).compare(2)))
except Exception as e:
    print('Decimal(1).compare(2)', '->', type(e).__name__, e)
try:
    print('Decimal(2).compare(Decimal("nan"))', '->', repr(Decimal(2).compare(Decimal("nan"))))
except Exception as e:
    print('Decimal(2).compare(Decimal("nan"))', '->', type(e).__name__, e)
try:
    print('Decimal("1.0").compare_total(Decimal("1.00"))', '->', repr(Decimal("1.0").compare_total(Decimal("1.00"))))
except Exception as e:
    print('Decimal("1.0").compare_total(Decimal("1.00"))', '->', type(e).__name__, e)
try:
    print('Decimal(1).max(2)', '->', repr(Decimal(1).max(2)))
except Exception as e:
    print('Decimal(1).max(2)', '->', type(e).__name__, e)
try:
    print('Decimal(-5).max_mag(4)', '->', repr(Decimal(-5).max_mag(4)))
except Exception as e:
    print('Decimal(-5).max_mag(4)', '->', type(e).__name__, e)
try:
    print('Decimal(1).min(Decimal("-1"))', '->', repr(Decimal(1).min(Decimal("-1"))))
except Exception as e:
    print('Decimal(1).min(Decimal("-1"))', '->', type(e).__name__, e)
