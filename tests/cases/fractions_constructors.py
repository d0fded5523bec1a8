from fractions import Fraction as F
import math

try:
    print('F()', '->', repr(F()))
except Exception as e:
    print('F()', '->', type(e).__name__, e)
try:
    print('F(7)', '->', repr(F(7)))
except Exception as e:
    print('F(7)', '->', type(e).__name__, e)
try:
    print('F(-7)', '->', repr(F(-7)))
except Exception as e:
    print('F(-7)', '->', type(e).__name__, e)
try:
    print('F(6, 4)', '->', repr(F(6, 4)))
except Exception as e:
    print('F(6, 4)', '->', type(e).__name__, e)
try:
    print('F(-6, -4)', '->', repr(F(-6, -4)))
except Exception as e:
    print('F(-6, -4)', '->', type(e).__name__, e)
try:
    print('F(0, -5)', '->', repr(F(0, -5)))
except Exception as e:
    print('F(0, -5)', '->', type(e).__name__, e)
try:
    print('F(F(1, 2))', '->', repr(F(F(1, 2))))
except Exception as e:
    print('F(F(1, 2))', '->', type(e).__name__, e)
try:
    print('F(F(1, 2), 3)', '->', repr(F(F(1, 2), 3)))
except Exception as e:
    print('F(F(1, 2), 3)', '->', type(e).__name__, e)
try:
    print('F(1, F(1, 3))', '->', repr(F(1, F(1, 3))))
except Exception as e:
    print('F(1, F(1, 3))', '->', type(e).__name__, e)
try:
    print('F(F(2, 3), F(4, 9))', '->', repr(F(F(2, 3), F(4, 9))))
except Exception as e:
    print('F(F(2, 3), F(4, 9))', '->', type(e).__name__, e)
try:
    print('F(0.5)', '->', repr(F(0.5)))
except Exception as e:
    print('F(0.5)', '->', type(e).__name__, e)
try:
    print('F(1.25, None)', '->', repr(F(1.25, None)))
except Exception as e:
    print('F(1.25, None)', '->', type(e).__name__, e)
try:
    print('F("7")', '->', repr(F("7")))
except Exception as e:
    print('F("7")', '->', type(e).__name__, e)
try:
    print('F("-7/21")', '->', repr(F("-7/21")))
except Exception as e:
    print('F("-7/21")', '->', type(e).__name__, e)
try:
    print('F(True)', '->', repr(F(True)))
except Exception as e:
    print('F(True)', '->', type(e).__name__, e)
try:
    print('F(False, True)', '->', repr(F(False, True)))
except Exception as e:
    print('F(False, True)', '->', type(e).__name__, e)
try:
    print('F(2**100, 2**98)', '->', repr(F(2**100, 2**98)))
except Exception as e:
    print('F(2**100, 2**98)', '->', type(e).__name__, e)
try:
    print('F(numerator=5)', '->', repr(F(numerator=5)))
except Exception as e:
    print('F(numerator=5)', '->', type(e).__name__, e)
try:
    print('F(denominator=5)', '->', repr(F(denominator=5)))
except Exception as e:
    print('F(denominator=5)', '->', type(e).__name__, e)
try:
    print('F(1, 2, 3)', '->', repr(F(1, 2, 3)))
except Exception as e:
    print('F(1, 2, 3)', '->', type(e).__name__, e)
try:
    print('F(1, 2, _normalize=True)', '->', repr(F(1, 2, _normalize=True)))
except Exception as e:
    print('F(1, 2, _normalize=True)', '->', type(e).__name__, e)
try:
    print('F(1, denominator=2, extra=3)', '->', repr(F(1, denominator=2, extra=3)))
except Exception as e:
    print('F(1, denominator=2, extra=3)', '->', type(e).__name__, e)
try:
    print('F(None)', '->', repr(F(None)))
except Exception as e:
    print('F(None)', '->', type(e).__name__, e)
try:
    print('F(1, None)', '->', repr(F(1, None)))
except Exception as e:
    print('F(1, None)', '->', type(e).__name__, e)
try:
    print('F(None, 1)', '->', repr(F(None, 1)))
except Exception as e:
    print('F(None, 1)', '->', type(e).__name__, e)
try:
    print('F(1.5, 1)', '->', repr(F(1.5, 1)))
except Exception as e:
    print('F(1.5, 1)', '->', type(e).__name__, e)
try:
    print('F(object())', '->', repr(F(object())))
except Exception as e:
    print('F(object())', '->', type(e).__name__, e)
try:
    print('F.from_float(2.5)', '->', repr(F.from_float(2.5)))
except Exception as e:
    print('F.from_float(2.5)', '->', type(e).__name__, e)
try:
    print('F.from_float(-0.125)', '->', repr(F.from_float(-0.125)))
except Exception as e:
    print('F.from_float(-0.125)', '->', type(e).__name__, e)
try:
    print('F.from_float(float("inf"))', '->', repr(F.from_float(float("inf"))))
except Exception as e:
    print('F.from_float(float("inf"))', '->', type(e).__name__, e)
try:
    print('F.from_float(F(1, 2))', '->', repr(F.from_float(F(1, 2))))
except Exception as e:
    print('F.from_float(F(1, 2))', '->', type(e).__name__, e)
try:
    print('F(1, 2).from_float(0.75)', '->', repr(F(1, 2).from_float(0.75)))
except Exception as e:
    print('F(1, 2).from_float(0.75)', '->', type(e).__name__, e)
