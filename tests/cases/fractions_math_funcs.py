from fractions import Fraction as F
import math

try:
    print('math.floor(F(-1, 3))', '->', repr(math.floor(F(-1, 3))))
except Exception as e:
    print('math.floor(F(-1, 3))', '->', type(e).__name__, e)
try:
    print('math.ceil(F(-1, 3))', '->', repr(math.ceil(F(-1, 3))))
except Exception as e:
    print('math.ceil(F(-1, 3))', '->', type(e).__name__, e)
try:
    print('math.trunc(F(-5, 3))', '->', repr(math.trunc(F(-5, 3))))
except Exception as e:
    print('math.trunc(F(-5, 3))', '->', type(e).__name__, e)
try:
    print('math.floor(F(10**30 + 1, 10))', '->', repr(math.floor(F(10**30 + 1, 10))))
except Exception as e:
    print('math.floor(F(10**30 + 1, 10))', '->', type(e).__name__, e)
try:
    print('math.sqrt(F(9, 4))', '->', repr(math.sqrt(F(9, 4))))
except Exception as e:
    print('math.sqrt(F(9, 4))', '->', type(e).__name__, e)
try:
    print('math.log(F(1, 2))', '->', repr(math.log(F(1, 2))))
except Exception as e:
    print('math.log(F(1, 2))', '->', type(e).__name__, e)
try:
    print('math.isfinite(F(1, 3))', '->', repr(math.isfinite(F(1, 3))))
except Exception as e:
    print('math.isfinite(F(1, 3))', '->', type(e).__name__, e)
try:
    print('math.prod([F(1, 2), F(2, 3), 3])', '->', repr(math.prod([F(1, 2), F(2, 3), 3])))
except Exception as e:
    print('math.prod([F(1, 2), F(2, 3), 3])', '->', type(e).__name__, e)
try:
    print('math.fsum([F(1, 10)] * 10)', '->', repr(math.fsum([F(1, 10)] * 10)))
except Exception as e:
    print('math.fsum([F(1, 10)] * 10)', '->', type(e).__name__, e)
try:
    print('math.hypot(F(3), F(4))', '->', repr(math.hypot(F(3), F(4))))
except Exception as e:
    print('math.hypot(F(3), F(4))', '->', type(e).__name__, e)
try:
    print('round(F(7, 3), 3)', '->', repr(round(F(7, 3), 3)))
except Exception as e:
    print('round(F(7, 3), 3)', '->', type(e).__name__, e)
try:
    print('abs(F(-7, 3))', '->', repr(abs(F(-7, 3))))
except Exception as e:
    print('abs(F(-7, 3))', '->', type(e).__name__, e)
try:
    print('divmod(F(-7, 3), 2)', '->', repr(divmod(F(-7, 3), 2)))
except Exception as e:
    print('divmod(F(-7, 3), 2)', '->', type(e).__name__, e)
try:
    print('pow(F(2), -2)', '->', repr(pow(F(2), -2)))
except Exception as e:
    print('pow(F(2), -2)', '->', type(e).__name__, e)
try:
    print('int(F(-0.5))', '->', repr(int(F(-0.5))))
except Exception as e:
    print('int(F(-0.5))', '->', type(e).__name__, e)
try:
    print('sum([F(1, n) for n in range(1, 8)])', '->', repr(sum([F(1, n) for n in range(1, 8)])))
except Exception as e:
    print('sum([F(1, n) for n in range(1, 8)])', '->', type(e).__name__, e)
try:
    print('max(F(1, 3), 0.3333)', '->', repr(max(F(1, 3), 0.3333)))
except Exception as e:
    print('max(F(1, 3), 0.3333)', '->', type(e).__name__, e)
try:
    print('math.isclose(F(1, 3), 0.3333333333)', '->', repr(math.isclose(F(1, 3), 0.3333333333)))
except Exception as e:
    print('math.isclose(F(1, 3), 0.3333333333)', '->', type(e).__name__, e)
