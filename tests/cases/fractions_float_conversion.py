from fractions import Fraction as F
import math

try:
    print('float(F(1,3))', '->', repr(float(F(1,3))))
except Exception as e:
    print('float(F(1,3))', '->', type(e).__name__, e)
try:
    print('float(F(2,3))', '->', repr(float(F(2,3))))
except Exception as e:
    print('float(F(2,3))', '->', type(e).__name__, e)
try:
    print('float(F(1,10))', '->', repr(float(F(1,10))))
except Exception as e:
    print('float(F(1,10))', '->', type(e).__name__, e)
try:
    print('float(F(-7,3))', '->', repr(float(F(-7,3))))
except Exception as e:
    print('float(F(-7,3))', '->', type(e).__name__, e)
try:
    print('float(F(10**30, 3))', '->', repr(float(F(10**30, 3))))
except Exception as e:
    print('float(F(10**30, 3))', '->', type(e).__name__, e)
try:
    print('float(F(1, 10**320))', '->', repr(float(F(1, 10**320))))
except Exception as e:
    print('float(F(1, 10**320))', '->', type(e).__name__, e)
try:
    print('float(F(3, 10**320))', '->', repr(float(F(3, 10**320))))
except Exception as e:
    print('float(F(3, 10**320))', '->', type(e).__name__, e)
try:
    print('float(F(1, 2**1074))', '->', repr(float(F(1, 2**1074))))
except Exception as e:
    print('float(F(1, 2**1074))', '->', type(e).__name__, e)
try:
    print('float(F(1, 2**1075))', '->', repr(float(F(1, 2**1075))))
except Exception as e:
    print('float(F(1, 2**1075))', '->', type(e).__name__, e)
try:
    print('float(F(3, 2**1076))', '->', repr(float(F(3, 2**1076))))
except Exception as e:
    print('float(F(3, 2**1076))', '->', type(e).__name__, e)
try:
    print('float(F(2**1024 - 2**970, 1))', '->', repr(float(F(2**1024 - 2**970, 1))))
except Exception as e:
    print('float(F(2**1024 - 2**970, 1))', '->', type(e).__name__, e)
try:
    print('float(F(2**1024 - 2**969, 1))', '->', repr(float(F(2**1024 - 2**969, 1))))
except Exception as e:
    print('float(F(2**1024 - 2**969, 1))', '->', type(e).__name__, e)
try:
    print('float(F(2**1024, 1))', '->', repr(float(F(2**1024, 1))))
except Exception as e:
    print('float(F(2**1024, 1))', '->', type(e).__name__, e)
try:
    print('float(F(123456789123456789123456789, 1000000007))', '->', repr(float(F(123456789123456789123456789, 1000000007))))
except Exception as e:
    print('float(F(123456789123456789123456789, 1000000007))', '->', type(e).__name__, e)
try:
    print('[float(F(n, 7)) for n in range(-3, 10)]', '->', repr([float(F(n, 7)) for n in range(-3, 10)]))
except Exception as e:
    print('[float(F(n, 7)) for n in range(-3, 10)]', '->', type(e).__name__, e)
try:
    print('F(0.1) == F(1, 10)', '->', repr(F(0.1) == F(1, 10)))
except Exception as e:
    print('F(0.1) == F(1, 10)', '->', type(e).__name__, e)
try:
    print('F(0.1)', '->', repr(F(0.1)))
except Exception as e:
    print('F(0.1)', '->', type(e).__name__, e)
try:
    print('F(-0.0)', '->', repr(F(-0.0)))
except Exception as e:
    print('F(-0.0)', '->', type(e).__name__, e)
try:
    print('F(1e-320)', '->', repr(F(1e-320)))
except Exception as e:
    print('F(1e-320)', '->', type(e).__name__, e)
try:
    print('F(1.7976931348623157e308).denominator', '->', repr(F(1.7976931348623157e308).denominator))
except Exception as e:
    print('F(1.7976931348623157e308).denominator', '->', type(e).__name__, e)
try:
    print('int(F(10**20 + 1, 10))', '->', repr(int(F(10**20 + 1, 10))))
except Exception as e:
    print('int(F(10**20 + 1, 10))', '->', type(e).__name__, e)
try:
    print('F(5, 4).__float__()', '->', repr(F(5, 4).__float__()))
except Exception as e:
    print('F(5, 4).__float__()', '->', type(e).__name__, e)
try:
    print('math.fsum([F(1,3)] * 3)', '->', repr(math.fsum([F(1,3)] * 3)))
except Exception as e:
    print('math.fsum([F(1,3)] * 3)', '->', type(e).__name__, e)
try:
    print('F(1,3) + 1e308 * 10', '->', repr(F(1,3) + 1e308 * 10))
except Exception as e:
    print('F(1,3) + 1e308 * 10', '->', type(e).__name__, e)
