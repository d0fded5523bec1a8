from fractions import Fraction as F
import math

try:
    print('round(F(5,2))', '->', repr(round(F(5,2))))
except Exception as e:
    print('round(F(5,2))', '->', type(e).__name__, e)
try:
    print('round(F(7,2))', '->', repr(round(F(7,2))))
except Exception as e:
    print('round(F(7,2))', '->', type(e).__name__, e)
try:
    print('round(F(-5,2))', '->', repr(round(F(-5,2))))
except Exception as e:
    print('round(F(-5,2))', '->', type(e).__name__, e)
try:
    print('round(F(1234,100), 1)', '->', repr(round(F(1234,100), 1)))
except Exception as e:
    print('round(F(1234,100), 1)', '->', type(e).__name__, e)
try:
    print('round(F(1234,100), -1)', '->', repr(round(F(1234,100), -1)))
except Exception as e:
    print('round(F(1234,100), -1)', '->', type(e).__name__, e)
try:
    print('round(F(15, 10), 0)', '->', repr(round(F(15, 10), 0)))
except Exception as e:
    print('round(F(15, 10), 0)', '->', type(e).__name__, e)
try:
    print('F(1,3)**F(1,2)', '->', repr(F(1,3)**F(1,2)))
except Exception as e:
    print('F(1,3)**F(1,2)', '->', type(e).__name__, e)
try:
    print('2**F(3)', '->', repr(2**F(3)))
except Exception as e:
    print('2**F(3)', '->', type(e).__name__, e)
try:
    print('2**F(-3)', '->', repr(2**F(-3)))
except Exception as e:
    print('2**F(-3)', '->', type(e).__name__, e)
try:
    print('F(4)**F(1,2)', '->', repr(F(4)**F(1,2)))
except Exception as e:
    print('F(4)**F(1,2)', '->', type(e).__name__, e)
try:
    print('F(1,2)**2.0', '->', repr(F(1,2)**2.0))
except Exception as e:
    print('F(1,2)**2.0', '->', type(e).__name__, e)
try:
    print('2.0**F(1,2)', '->', repr(2.0**F(1,2)))
except Exception as e:
    print('2.0**F(1,2)', '->', type(e).__name__, e)
try:
    print('F(2,3)**-2', '->', repr(F(2,3)**-2))
except Exception as e:
    print('F(2,3)**-2', '->', type(e).__name__, e)
try:
    print('F(-2,3)**-3', '->', repr(F(-2,3)**-3))
except Exception as e:
    print('F(-2,3)**-3', '->', type(e).__name__, e)
try:
    print('F(2,3)**0', '->', repr(F(2,3)**0))
except Exception as e:
    print('F(2,3)**0', '->', type(e).__name__, e)
try:
    print('format(F(1,3))', '->', repr(format(F(1,3))))
except Exception as e:
    print('format(F(1,3))', '->', type(e).__name__, e)
try:
    print('format(F(1,3), ".2f")', '->', repr(format(F(1,3), ".2f")))
except Exception as e:
    print('format(F(1,3), ".2f")', '->', type(e).__name__, e)
try:
    print('round(F(-7,2))', '->', repr(round(F(-7,2))))
except Exception as e:
    print('round(F(-7,2))', '->', type(e).__name__, e)
try:
    print('round(F(1,2))', '->', repr(round(F(1,2))))
except Exception as e:
    print('round(F(1,2))', '->', type(e).__name__, e)
try:
    print('round(F(3,2))', '->', repr(round(F(3,2))))
except Exception as e:
    print('round(F(3,2))', '->', type(e).__name__, e)
try:
    print('round(F(-1,2))', '->', repr(round(F(-1,2))))
except Exception as e:
    print('round(F(-1,2))', '->', type(e).__name__, e)
try:
    print('round(F(2,3), 2)', '->', repr(round(F(2,3), 2)))
except Exception as e:
    print('round(F(2,3), 2)', '->', type(e).__name__, e)
try:
    print('round(F(-25, 100), 1)', '->', repr(round(F(-25, 100), 1)))
except Exception as e:
    print('round(F(-25, 100), 1)', '->', type(e).__name__, e)
try:
    print('round(F(25, 100), 1)', '->', repr(round(F(25, 100), 1)))
except Exception as e:
    print('round(F(25, 100), 1)', '->', type(e).__name__, e)
try:
    print('round(F(123456, 1), -2)', '->', repr(round(F(123456, 1), -2)))
except Exception as e:
    print('round(F(123456, 1), -2)', '->', type(e).__name__, e)
try:
    print('round(F(1, 3), "x")', '->', repr(round(F(1, 3), "x")))
except Exception as e:
    print('round(F(1, 3), "x")', '->', type(e).__name__, e)
try:
    print('F(3, 2) ** 3', '->', repr(F(3, 2) ** 3))
except Exception as e:
    print('F(3, 2) ** 3', '->', type(e).__name__, e)
try:
    print('F(-3, 2) ** 2', '->', repr(F(-3, 2) ** 2))
except Exception as e:
    print('F(-3, 2) ** 2', '->', type(e).__name__, e)
try:
    print('F(9, 4) ** F(1, 2)', '->', repr(F(9, 4) ** F(1, 2)))
except Exception as e:
    print('F(9, 4) ** F(1, 2)', '->', type(e).__name__, e)
try:
    print('F(1, 2) ** -1.0', '->', repr(F(1, 2) ** -1.0))
except Exception as e:
    print('F(1, 2) ** -1.0', '->', type(e).__name__, e)
try:
    print('4 ** F(1, 2)', '->', repr(4 ** F(1, 2)))
except Exception as e:
    print('4 ** F(1, 2)', '->', type(e).__name__, e)
try:
    print('F(2) ** 100', '->', repr(F(2) ** 100))
except Exception as e:
    print('F(2) ** 100', '->', type(e).__name__, e)
try:
    print('pow(F(2,3), 2)', '->', repr(pow(F(2,3), 2)))
except Exception as e:
    print('pow(F(2,3), 2)', '->', type(e).__name__, e)
