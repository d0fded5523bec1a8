from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('7 // Decimal(2)', '->', repr(7 // Decimal(2)))
except Exception as e:
    print('7 // Decimal(2)', '->', type(e).__name__, e)
try:
    print('7 % Decimal("-2")', '->', repr(7 % Decimal("-2")))
except Exception as e:
    print('7 % Decimal("-2")', '->', type(e).__name__, e)
try:
    print('Decimal("1.4142135623730950488016887242096980785696") * 2', '->', repr(Decimal("1.4142135623730950488016887242096980785696") * 2))
except Exception as e:
    print('Decimal("1.4142135623730950488016887242096980785696") * 2', '->', type(e).__name__, e)
try:
    print('Decimal("123456789012345678901234567890.123") + 0', '->', repr(Decimal("123456789012345678901234567890.123") + 0))
except Exception as e:
    print('Decimal("123456789012345678901234567890.123") + 0', '->', type(e).__name__, e)
try:
    print('Decimal("0.1") + Decimal("0.2")', '->', repr(Decimal("0.1") + Decimal("0.2")))
except Exception as e:
    print('Decimal("0.1") + Decimal("0.2")', '->', type(e).__name__, e)
try:
    print('sum([Decimal("0.1")] * 10)', '->', repr(sum([Decimal("0.1")] * 10)))
except Exception as e:
    print('sum([Decimal("0.1")] * 10)', '->', type(e).__name__, e)
try:
    print('Decimal(12345678901234567890123456789012345678901234567890)', '->', repr(Decimal(12345678901234567890123456789012345678901234567890)))
except Exception as e:
    print('Decimal(12345678901234567890123456789012345678901234567890)', '->', type(e).__name__, e)
try:
    print('Decimal(10**30) * Decimal(10**30)', '->', repr(Decimal(10**30) * Decimal(10**30)))
except Exception as e:
    print('Decimal(10**30) * Decimal(10**30)', '->', type(e).__name__, e)
try:
    print('Decimal(1) / Decimal(7) * 7', '->', repr(Decimal(1) / Decimal(7) * 7))
except Exception as e:
    print('Decimal(1) / Decimal(7) * 7', '->', type(e).__name__, e)
try:
    print('int(Decimal("-3.99"))', '->', repr(int(Decimal("-3.99"))))
except Exception as e:
    print('int(Decimal("-3.99"))', '->', type(e).__name__, e)
try:
    print('Decimal(7).scaleb(3)', '->', repr(Decimal(7).scaleb(3)))
except Exception as e:
    print('Decimal(7).scaleb(3)', '->', type(e).__name__, e)
try:
    print('Decimal(1234).logb()', '->', repr(Decimal(1234).logb()))
except Exception as e:
    print('Decimal(1234).logb()', '->', type(e).__name__, e)
try:
    print('Decimal(1).next_plus()', '->', repr(Decimal(1).next_plus()))
except Exception as e:
    print('Decimal(1).next_plus()', '->', type(e).__name__, e)
try:
    print('Decimal(1).next_minus()', '->', repr(Decimal(1).next_minus()))
except Exception as e:
    print('Decimal(1).next_minus()', '->', type(e).__name__, e)
try:
    print('Decimal(1).next_toward(2)', '->', repr(Decimal(1).next_toward(2)))
except Exception as e:
    print('Decimal(1).next_toward(2)', '->', type(e).__name__, e)
try:
    print('Decimal("10").remainder_near(Decimal("6"))', '->', repr(Decimal("10").remainder_near(Decimal("6"))))
except Exception as e:
    print('Decimal("10").remainder_near(Decimal("6"))', '->', type(e).__name__, e)
try:
    print('Decimal("10").remainder_near(Decimal("4"))', '->', repr(Decimal("10").remainder_near(Decimal("4"))))
except Exception as e:
    print('Decimal("10").remainder_near(Decimal("4"))', '->', type(e).__name__, e)
try:
    print('Decimal(1).max(Decimal("nan"))', '->', repr(Decimal(1).max(Decimal("nan"))))
except Exception as e:
    print('Decimal(1).max(Decimal("nan"))', '->', type(e).__name__, e)
try:
    print('Decimal(-2).min_mag(Decimal(1))', '->', repr(Decimal(-2).min_mag(Decimal(1))))
except Exception as e:
    print('Decimal(-2).min_mag(Decimal(1))', '->', type(e).__name__, e)
try:
    print('Decimal(3).compare_total(Decimal("3.0"))', '->', repr(Decimal(3).compare_total(Decimal("3.0"))))
except Exception as e:
    print('Decimal(3).compare_total(Decimal("3.0"))', '->', type(e).__name__, e)
try:
    print('Decimal(5).is_normal()', '->', repr(Decimal(5).is_normal()))
except Exception as e:
    print('Decimal(5).is_normal()', '->', type(e).__name__, e)
try:
    print('Decimal(0).is_normal()', '->', repr(Decimal(0).is_normal()))
except Exception as e:
    print('Decimal(0).is_normal()', '->', type(e).__name__, e)
try:
    print('Decimal("inf").is_infinite()', '->', repr(Decimal("inf").is_infinite()))
except Exception as e:
    print('Decimal("inf").is_infinite()', '->', type(e).__name__, e)
try:
    print('Decimal("nan").is_qnan()', '->', repr(Decimal("nan").is_qnan()))
except Exception as e:
    print('Decimal("nan").is_qnan()', '->', type(e).__name__, e)
try:
    print('Decimal(1).is_finite()', '->', repr(Decimal(1).is_finite()))
except Exception as e:
    print('Decimal(1).is_finite()', '->', type(e).__name__, e)
try:
    print('Decimal("0.00").is_zero()', '->', repr(Decimal("0.00").is_zero()))
except Exception as e:
    print('Decimal("0.00").is_zero()', '->', type(e).__name__, e)
try:
    print('Decimal(3).is_canonical()', '->', repr(Decimal(3).is_canonical()))
except Exception as e:
    print('Decimal(3).is_canonical()', '->', type(e).__name__, e)
try:
    print('Decimal(3).canonical()', '->', repr(Decimal(3).canonical()))
except Exception as e:
    print('Decimal(3).canonical()', '->', type(e).__name__, e)
try:
    print('Decimal(3).radix()', '->', repr(Decimal(3).radix()))
except Exception as e:
    print('Decimal(3).radix()', '->', type(e).__name__, e)
try:
    print('Decimal(3).conjugate()', '->', repr(Decimal(3).conjugate()))
except Exception as e:
    print('Decimal(3).conjugate()', '->', type(e).__name__, e)
try:
    print('Decimal(3).real', '->', repr(Decimal(3).real))
except Exception as e:
    print('Decimal(3).real', '->', type(e).__name__, e)
try:
    print('Decimal(3).imag', '->', repr(Decimal(3).imag))
except Exception as e:
    print('Decimal(3).imag', '->', type(e).__name__, e)
try:
    print('Decimal(-3).copy_negate()', '->', repr(Decimal(-3).copy_negate()))
except Exception as e:
    print('Decimal(-3).copy_negate()', '->', type(e).__name__, e)
try:
    print('Decimal(2).copy_sign(-1)', '->', repr(Decimal(2).copy_sign(-1)))
except Exception as e:
    print('Decimal(2).copy_sign(-1)', '->', type(e).__name__, e)
try:
    print('Decimal("123.45").adjusted()', '->', repr(Decimal("123.45").adjusted()))
except Exception as e:
    print('Decimal("123.45").adjusted()', '->', type(e).__name__, e)
try:
    print('Decimal("0.00123").adjusted()', '->', repr(Decimal("0.00123").adjusted()))
except Exception as e:
    print('Decimal("0.00123").adjusted()', '->', type(e).__name__, e)
try:
    print('Decimal(0).logb()', '->', repr(Decimal(0).logb()))
except Exception as e:
    print('Decimal(0).logb()', '->', type(e).__name__, e)
try:
    print('Decimal("inf").next_minus()', '->', repr(Decimal("inf").next_minus()))
except Exception as e:
    print('Decimal("inf").next_minus()', '->', type(e).__name__, e)
try:
    print('Decimal("1.5").fma(Decimal(2), Decimal("-3"))', '->', repr(Decimal("1.5").fma(Decimal(2), Decimal("-3"))))
except Exception as e:
    print('Decimal("1.5").fma(Decimal(2), Decimal("-3"))', '->', type(e).__name__, e)
try:
    print('Decimal(2).fma(3, 1.5)', '->', repr(Decimal(2).fma(3, 1.5)))
except Exception as e:
    print('Decimal(2).fma(3, 1.5)', '->', type(e).__name__, e)
try:
    print('Decimal(1).compare(1.5)', '->', repr(Decimal(1).compare(1.5)))
except Exception as e:
    print('Decimal(1).compare(1.5)', '->', type(e).__name__, e)
try:
    print('int(Decimal("12345678901234567890.9"))', '->', repr(int(Decimal("12345678901234567890.9"))))
except Exception as e:
    print('int(Decimal("12345678901234567890.9"))', '->', type(e).__name__, e)
try:
    print('float(Decimal("1e400"))', '->', repr(float(Decimal("1e400"))))
except Exception as e:
    print('float(Decimal("1e400"))', '->', type(e).__name__, e)
try:
    print('float(Decimal("-1e-400"))', '->', repr(float(Decimal("-1e-400"))))
except Exception as e:
    print('float(Decimal("-1e-400"))', '->', type(e).__name__, e)
try:
    print('float(Decimal("nan"))', '->', repr(float(Decimal("nan"))))
except Exception as e:
    print('float(Decimal("nan"))', '->', type(e).__name__, e)
try:
    print('bool(Decimal("0.0"))', '->', repr(bool(Decimal("0.0"))))
except Exception as e:
    print('bool(Decimal("0.0"))', '->', type(e).__name__, e)
try:
    print('bool(Decimal("nan"))', '->', repr(bool(Decimal("nan"))))
except Exception as e:
    print('bool(Decimal("nan"))', '->', type(e).__name__, e)
try:
    print('abs(Decimal("-0"))', '->', repr(abs(Decimal("-0"))))
except Exception as e:
    print('abs(Decimal("-0"))', '->', type(e).__name__, e)
try:
    print('math.floor(Decimal("-0.5"))', '->', repr(math.floor(Decimal("-0.5"))))
except Exception as e:
    print('math.floor(Decimal("-0.5"))', '->', type(e).__name__, e)
try:
    print('math.ceil(Decimal("nan"))', '->', repr(math.ceil(Decimal("nan"))))
except Exception as e:
    print('math.ceil(Decimal("nan"))', '->', type(e).__name__, e)
