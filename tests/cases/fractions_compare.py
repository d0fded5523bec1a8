from fractions import Fraction as F
import math

try:
    print('F(1,2) < F(2,3)', '->', repr(F(1,2) < F(2,3)))
except Exception as e:
    print('F(1,2) < F(2,3)', '->', type(e).__name__, e)
try:
    print('F(1,2) > 0.4999', '->', repr(F(1,2) > 0.4999))
except Exception as e:
    print('F(1,2) > 0.4999', '->', type(e).__name__, e)
try:
    print('F(1,2) >= 0.5', '->', repr(F(1,2) >= 0.5))
except Exception as e:
    print('F(1,2) >= 0.5', '->', type(e).__name__, e)
try:
    print('F(1,2) <= 0', '->', repr(F(1,2) <= 0))
except Exception as e:
    print('F(1,2) <= 0', '->', type(e).__name__, e)
try:
    print('0 < F(1,2)', '->', repr(0 < F(1,2)))
except Exception as e:
    print('0 < F(1,2)', '->', type(e).__name__, e)
try:
    print('0.6 > F(1,2)', '->', repr(0.6 > F(1,2)))
except Exception as e:
    print('0.6 > F(1,2)', '->', type(e).__name__, e)
try:
    print('F(1,2) == 1/2', '->', repr(F(1,2) == 1/2))
except Exception as e:
    print('F(1,2) == 1/2', '->', type(e).__name__, e)
try:
    print('F(1,3) == 1/3', '->', repr(F(1,3) == 1/3))
except Exception as e:
    print('F(1,3) == 1/3', '->', type(e).__name__, e)
try:
    print('F(-1) < -0.99', '->', repr(F(-1) < -0.99))
except Exception as e:
    print('F(-1) < -0.99', '->', type(e).__name__, e)
try:
    print('F(1,2) < float("nan")', '->', repr(F(1,2) < float("nan")))
except Exception as e:
    print('F(1,2) < float("nan")', '->', type(e).__name__, e)
try:
    print('F(1,2) > float("nan")', '->', repr(F(1,2) > float("nan")))
except Exception as e:
    print('F(1,2) > float("nan")', '->', type(e).__name__, e)
try:
    print('F(1,2) != float("nan")', '->', repr(F(1,2) != float("nan")))
except Exception as e:
    print('F(1,2) != float("nan")', '->', type(e).__name__, e)
try:
    print('F(10**30) > 1e30', '->', repr(F(10**30) > 1e30))
except Exception as e:
    print('F(10**30) > 1e30', '->', type(e).__name__, e)
try:
    print('F(10**30) == 1e30', '->', repr(F(10**30) == 1e30))
except Exception as e:
    print('F(10**30) == 1e30', '->', type(e).__name__, e)
try:
    print('F(2**60) == 2.0**60', '->', repr(F(2**60) == 2.0**60))
except Exception as e:
    print('F(2**60) == 2.0**60', '->', type(e).__name__, e)
try:
    print('F(1,2) < None', '->', repr(F(1,2) < None))
except Exception as e:
    print('F(1,2) < None', '->', type(e).__name__, e)
try:
    print('F(1,2) == None', '->', repr(F(1,2) == None))
except Exception as e:
    print('F(1,2) == None', '->', type(e).__name__, e)
try:
    print('F(1,2) == "1/2"', '->', repr(F(1,2) == "1/2"))
except Exception as e:
    print('F(1,2) == "1/2"', '->', type(e).__name__, e)
try:
    print('sorted([F(3,4), 0.7, F(2,3), 1, 0])', '->', repr(sorted([F(3,4), 0.7, F(2,3), 1, 0])))
except Exception as e:
    print('sorted([F(3,4), 0.7, F(2,3), 1, 0])', '->', type(e).__name__, e)
try:
    print('min([F(5,2), 2.4, 3])', '->', repr(min([F(5,2), 2.4, 3])))
except Exception as e:
    print('min([F(5,2), 2.4, 3])', '->', type(e).__name__, e)
try:
    print('F(1,2).__eq__("x")', '->', repr(F(1,2).__eq__("x")))
except Exception as e:
    print('F(1,2).__eq__("x")', '->', type(e).__name__, e)
try:
    print('F(1,2).__lt__(1)', '->', repr(F(1,2).__lt__(1)))
except Exception as e:
    print('F(1,2).__lt__(1)', '->', type(e).__name__, e)
try:
    print('F(7, 3) > 2 > F(5, 3)', '->', repr(F(7, 3) > 2 > F(5, 3)))
except Exception as e:
    print('F(7, 3) > 2 > F(5, 3)', '->', type(e).__name__, e)
