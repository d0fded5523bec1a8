from fractions import Fraction as F
import math

try:
    print('f"{F(1,3)}"', '->', repr(f"{F(1,3)}"))
except Exception as e:
    print('f"{F(1,3)}"', '->', type(e).__name__, e)
try:
    print('hash(F(1,2))==hash(0.5)', '->', repr(hash(F(1,2))==hash(0.5)))
except Exception as e:
    print('hash(F(1,2))==hash(0.5)', '->', type(e).__name__, e)
try:
    print('hash(F(-1,3))', '->', repr(hash(F(-1,3))))
except Exception as e:
    print('hash(F(-1,3))', '->', type(e).__name__, e)
try:
    print('hash(F(10**30, 7))', '->', repr(hash(F(10**30, 7))))
except Exception as e:
    print('hash(F(10**30, 7))', '->', type(e).__name__, e)
try:
    print('hash(F(5))', '->', repr(hash(F(5))))
except Exception as e:
    print('hash(F(5))', '->', type(e).__name__, e)
try:
    print('hash(F(-1))', '->', repr(hash(F(-1))))
except Exception as e:
    print('hash(F(-1))', '->', type(e).__name__, e)
try:
    print('F(1,3) < 0.5', '->', repr(F(1,3) < 0.5))
except Exception as e:
    print('F(1,3) < 0.5', '->', type(e).__name__, e)
try:
    print('F(1,2) == 0.5', '->', repr(F(1,2) == 0.5))
except Exception as e:
    print('F(1,2) == 0.5', '->', type(e).__name__, e)
try:
    print('F(1,3) == float("nan")', '->', repr(F(1,3) == float("nan")))
except Exception as e:
    print('F(1,3) == float("nan")', '->', type(e).__name__, e)
try:
    print('F(1,3) < float("inf")', '->', repr(F(1,3) < float("inf")))
except Exception as e:
    print('F(1,3) < float("inf")', '->', type(e).__name__, e)
try:
    print('F(1,3) > float("-inf")', '->', repr(F(1,3) > float("-inf")))
except Exception as e:
    print('F(1,3) > float("-inf")', '->', type(e).__name__, e)
try:
    print('int(F(-7,2))', '->', repr(int(F(-7,2))))
except Exception as e:
    print('int(F(-7,2))', '->', type(e).__name__, e)
try:
    print('float(F(10**400, 3))', '->', repr(float(F(10**400, 3))))
except Exception as e:
    print('float(F(10**400, 3))', '->', type(e).__name__, e)
try:
    print('float(F(1, 3))', '->', repr(float(F(1, 3))))
except Exception as e:
    print('float(F(1, 3))', '->', type(e).__name__, e)
try:
    print('float(F(-2, 10**400))', '->', repr(float(F(-2, 10**400))))
except Exception as e:
    print('float(F(-2, 10**400))', '->', type(e).__name__, e)
try:
    print('F(10**400,3) > 1e308', '->', repr(F(10**400,3) > 1e308))
except Exception as e:
    print('F(10**400,3) > 1e308', '->', type(e).__name__, e)
try:
    print('F(1,2) < "a"', '->', repr(F(1,2) < "a"))
except Exception as e:
    print('F(1,2) < "a"', '->', type(e).__name__, e)
try:
    print('F(1, 3) * 3 == 1', '->', repr(F(1, 3) * 3 == 1))
except Exception as e:
    print('F(1, 3) * 3 == 1', '->', type(e).__name__, e)
try:
    print('hash(F(1, 2**61 - 1))', '->', repr(hash(F(1, 2**61 - 1))))
except Exception as e:
    print('hash(F(1, 2**61 - 1))', '->', type(e).__name__, e)
try:
    print('hash(F(2**61 - 1, 3))', '->', repr(hash(F(2**61 - 1, 3))))
except Exception as e:
    print('hash(F(2**61 - 1, 3))', '->', type(e).__name__, e)
try:
    print('hash(F(-2**62, 5))', '->', repr(hash(F(-2**62, 5))))
except Exception as e:
    print('hash(F(-2**62, 5))', '->', type(e).__name__, e)
try:
    print('hash(F(1,3)) == hash(F(2,6))', '->', repr(hash(F(1,3)) == hash(F(2,6))))
except Exception as e:
    print('hash(F(1,3)) == hash(F(2,6))', '->', type(e).__name__, e)
try:
    print('F(1,2) in {0.5}', '->', repr(F(1,2) in {0.5}))
except Exception as e:
    print('F(1,2) in {0.5}', '->', type(e).__name__, e)
try:
    print('F(3) in [3]', '->', repr(F(3) in [3]))
except Exception as e:
    print('F(3) in [3]', '->', type(e).__name__, e)
try:
    print('F(1, 10) == 0.1', '->', repr(F(1, 10) == 0.1))
except Exception as e:
    print('F(1, 10) == 0.1', '->', type(e).__name__, e)
try:
    print('F(3602879701896397, 36028797018963968) == 0.1', '->', repr(F(3602879701896397, 36028797018963968) == 0.1))
except Exception as e:
    print('F(3602879701896397, 36028797018963968) == 0.1', '->', type(e).__name__, e)
try:
    print('[hash(F(n, d)) for n in range(-3, 4) for d in (1, 2, 3)]', '->', repr([hash(F(n, d)) for n in range(-3, 4) for d in (1, 2, 3)]))
except Exception as e:
    print('[hash(F(n, d)) for n in range(-3, 4) for d in (1, 2, 3)]', '->', type(e).__name__, e)
