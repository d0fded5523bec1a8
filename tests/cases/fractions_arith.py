from fractions import Fraction as F
import math

try:
    print('F(1,2) % 0.0', '->', repr(F(1,2) % 0.0))
except Exception as e:
    print('F(1,2) % 0.0', '->', type(e).__name__, e)
try:
    print('divmod(F(7,2), 0.5)', '->', repr(divmod(F(7,2), 0.5)))
except Exception as e:
    print('divmod(F(7,2), 0.5)', '->', type(e).__name__, e)
try:
    print('divmod(7.5, F(1,2))', '->', repr(divmod(7.5, F(1,2))))
except Exception as e:
    print('divmod(7.5, F(1,2))', '->', type(e).__name__, e)
try:
    print('divmod(F(7,2), F(2,3))', '->', repr(divmod(F(7,2), F(2,3))))
except Exception as e:
    print('divmod(F(7,2), F(2,3))', '->', type(e).__name__, e)
try:
    print('divmod(-7, F(2,3))', '->', repr(divmod(-7, F(2,3))))
except Exception as e:
    print('divmod(-7, F(2,3))', '->', type(e).__name__, e)
try:
    print('F(1,2) + F(1,3)', '->', repr(F(1,2) + F(1,3)))
except Exception as e:
    print('F(1,2) + F(1,3)', '->', type(e).__name__, e)
try:
    print('F(1,2) - 1', '->', repr(F(1,2) - 1))
except Exception as e:
    print('F(1,2) - 1', '->', type(e).__name__, e)
try:
    print('1 - F(1,2)', '->', repr(1 - F(1,2)))
except Exception as e:
    print('1 - F(1,2)', '->', type(e).__name__, e)
try:
    print('F(1,2) * 4', '->', repr(F(1,2) * 4))
except Exception as e:
    print('F(1,2) * 4', '->', type(e).__name__, e)
try:
    print('F(3,4) / F(3,8)', '->', repr(F(3,4) / F(3,8)))
except Exception as e:
    print('F(3,4) / F(3,8)', '->', type(e).__name__, e)
try:
    print('3 / F(3,8)', '->', repr(3 / F(3,8)))
except Exception as e:
    print('3 / F(3,8)', '->', type(e).__name__, e)
try:
    print('F(1,2) + 0.25', '->', repr(F(1,2) + 0.25))
except Exception as e:
    print('F(1,2) + 0.25', '->', type(e).__name__, e)
try:
    print('0.25 + F(1,2)', '->', repr(0.25 + F(1,2)))
except Exception as e:
    print('0.25 + F(1,2)', '->', type(e).__name__, e)
try:
    print('F(1,3) * 1.5', '->', repr(F(1,3) * 1.5))
except Exception as e:
    print('F(1,3) * 1.5', '->', type(e).__name__, e)
try:
    print('F(7,3) // 2', '->', repr(F(7,3) // 2))
except Exception as e:
    print('F(7,3) // 2', '->', type(e).__name__, e)
try:
    print('7 // F(2,3)', '->', repr(7 // F(2,3)))
except Exception as e:
    print('7 // F(2,3)', '->', type(e).__name__, e)
try:
    print('F(7,3) % F(1,2)', '->', repr(F(7,3) % F(1,2)))
except Exception as e:
    print('F(7,3) % F(1,2)', '->', type(e).__name__, e)
try:
    print('-F(1,2)', '->', repr(-F(1,2)))
except Exception as e:
    print('-F(1,2)', '->', type(e).__name__, e)
try:
    print('+F(3,6)', '->', repr(+F(3,6)))
except Exception as e:
    print('+F(3,6)', '->', type(e).__name__, e)
try:
    print('abs(F(-5,3))', '->', repr(abs(F(-5,3))))
except Exception as e:
    print('abs(F(-5,3))', '->', type(e).__name__, e)
try:
    print('bool(F(0))', '->', repr(bool(F(0))))
except Exception as e:
    print('bool(F(0))', '->', type(e).__name__, e)
try:
    print('bool(F(1,9))', '->', repr(bool(F(1,9))))
except Exception as e:
    print('bool(F(1,9))', '->', type(e).__name__, e)
try:
    print('F(1,2) == F(2,4)', '->', repr(F(1,2) == F(2,4)))
except Exception as e:
    print('F(1,2) == F(2,4)', '->', type(e).__name__, e)
try:
    print('F(1,2) != 1', '->', repr(F(1,2) != 1))
except Exception as e:
    print('F(1,2) != 1', '->', type(e).__name__, e)
try:
    print('F(2) == 2', '->', repr(F(2) == 2))
except Exception as e:
    print('F(2) == 2', '->', type(e).__name__, e)
try:
    print('F(1,2) < F(2,3) <= F(4,6)', '->', repr(F(1,2) < F(2,3) <= F(4,6)))
except Exception as e:
    print('F(1,2) < F(2,3) <= F(4,6)', '->', type(e).__name__, e)
try:
    print('sorted([F(1,2), 0.3, 1, F(-1,3)])', '->', repr(sorted([F(1,2), 0.3, 1, F(-1,3)])))
except Exception as e:
    print('sorted([F(1,2), 0.3, 1, F(-1,3)])', '->', type(e).__name__, e)
try:
    print('max(F(1,2), F(2,3))', '->', repr(max(F(1,2), F(2,3))))
except Exception as e:
    print('max(F(1,2), F(2,3))', '->', type(e).__name__, e)
try:
    print('sum([F(1,3)] * 3)', '->', repr(sum([F(1,3)] * 3)))
except Exception as e:
    print('sum([F(1,3)] * 3)', '->', type(e).__name__, e)
try:
    print('sum([F(1,10)] * 10) == 1', '->', repr(sum([F(1,10)] * 10) == 1))
except Exception as e:
    print('sum([F(1,10)] * 10) == 1', '->', type(e).__name__, e)
try:
    print('F(5,6) - F(1,6)', '->', repr(F(5,6) - F(1,6)))
except Exception as e:
    print('F(5,6) - F(1,6)', '->', type(e).__name__, e)
try:
    print('F(1, 3) + True', '->', repr(F(1, 3) + True))
except Exception as e:
    print('F(1, 3) + True', '->', type(e).__name__, e)
try:
    print('F(1,2) + "a"', '->', repr(F(1,2) + "a"))
except Exception as e:
    print('F(1,2) + "a"', '->', type(e).__name__, e)
try:
    print('None + F(1)', '->', repr(None + F(1)))
except Exception as e:
    print('None + F(1)', '->', type(e).__name__, e)
try:
    print('F(1, 2) ** "x"', '->', repr(F(1, 2) ** "x"))
except Exception as e:
    print('F(1, 2) ** "x"', '->', type(e).__name__, e)
try:
    print('F(10**20, 3) * F(3, 10**20)', '->', repr(F(10**20, 3) * F(3, 10**20)))
except Exception as e:
    print('F(10**20, 3) * F(3, 10**20)', '->', type(e).__name__, e)
try:
    print('F(1, 2**64) + F(1, 2**64)', '->', repr(F(1, 2**64) + F(1, 2**64)))
except Exception as e:
    print('F(1, 2**64) + F(1, 2**64)', '->', type(e).__name__, e)
