from fractions import Fraction as F
import math

try:
    print('F(1,3).numerator', '->', repr(F(1,3).numerator))
except Exception as e:
    print('F(1,3).numerator', '->', type(e).__name__, e)
try:
    print('F(2,6).denominator', '->', repr(F(2,6).denominator))
except Exception as e:
    print('F(2,6).denominator', '->', type(e).__name__, e)
try:
    print('F(-3,4).as_integer_ratio()', '->', repr(F(-3,4).as_integer_ratio()))
except Exception as e:
    print('F(-3,4).as_integer_ratio()', '->', type(e).__name__, e)
try:
    print('str(F(3))', '->', repr(str(F(3))))
except Exception as e:
    print('str(F(3))', '->', type(e).__name__, e)
try:
    print('str(F(-3, 4))', '->', repr(str(F(-3, 4))))
except Exception as e:
    print('str(F(-3, 4))', '->', type(e).__name__, e)
try:
    print('repr(F(-3, 4))', '->', repr(repr(F(-3, 4))))
except Exception as e:
    print('repr(F(-3, 4))', '->', type(e).__name__, e)
try:
    print('[F(n, 7) for n in range(3)]', '->', repr([F(n, 7) for n in range(3)]))
except Exception as e:
    print('[F(n, 7) for n in range(3)]', '->', type(e).__name__, e)
try:
    print('F(F(1,2), F(1,3))', '->', repr(F(F(1,2), F(1,3))))
except Exception as e:
    print('F(F(1,2), F(1,3))', '->', type(e).__name__, e)
try:
    print('F(F(5,7))', '->', repr(F(F(5,7))))
except Exception as e:
    print('F(F(5,7))', '->', type(e).__name__, e)
try:
    print('F(True, 2)', '->', repr(F(True, 2)))
except Exception as e:
    print('F(True, 2)', '->', type(e).__name__, e)
try:
    print('F(10**30, 10**20)', '->', repr(F(10**30, 10**20)))
except Exception as e:
    print('F(10**30, 10**20)', '->', type(e).__name__, e)
try:
    print('F("  -17/34  ")', '->', repr(F("  -17/34  ")))
except Exception as e:
    print('F("  -17/34  ")', '->', type(e).__name__, e)
try:
    print('F("3.14159")', '->', repr(F("3.14159")))
except Exception as e:
    print('F("3.14159")', '->', type(e).__name__, e)
try:
    print('F("1e10")', '->', repr(F("1e10")))
except Exception as e:
    print('F("1e10")', '->', type(e).__name__, e)
try:
    print('F(1,3).real', '->', repr(F(1,3).real))
except Exception as e:
    print('F(1,3).real', '->', type(e).__name__, e)
try:
    print('F(1,3).imag', '->', repr(F(1,3).imag))
except Exception as e:
    print('F(1,3).imag', '->', type(e).__name__, e)
try:
    print('F(1,3).conjugate()', '->', repr(F(1,3).conjugate()))
except Exception as e:
    print('F(1,3).conjugate()', '->', type(e).__name__, e)
try:
    print('math.floor(F(7,2))', '->', repr(math.floor(F(7,2))))
except Exception as e:
    print('math.floor(F(7,2))', '->', type(e).__name__, e)
try:
    print('math.ceil(F(7,2))', '->', repr(math.ceil(F(7,2))))
except Exception as e:
    print('math.ceil(F(7,2))', '->', type(e).__name__, e)
try:
    print('math.trunc(F(-7,2))', '->', repr(math.trunc(F(-7,2))))
except Exception as e:
    print('math.trunc(F(-7,2))', '->', type(e).__name__, e)
try:
    print('math.floor(F(-7,2))', '->', repr(math.floor(F(-7,2))))
except Exception as e:
    print('math.floor(F(-7,2))', '->', type(e).__name__, e)
try:
    print('math.sqrt(F(1,4))', '->', repr(math.sqrt(F(1,4))))
except Exception as e:
    print('math.sqrt(F(1,4))', '->', type(e).__name__, e)
try:
    print('math.isclose(F(1,3), 1/3)', '->', repr(math.isclose(F(1,3), 1/3)))
except Exception as e:
    print('math.isclose(F(1,3), 1/3)', '->', type(e).__name__, e)
try:
    print('{F(1,2): "half"}[0.5]', '->', repr({F(1,2): "half"}[0.5]))
except Exception as e:
    print('{F(1,2): "half"}[0.5]', '->', type(e).__name__, e)
try:
    print('{F(2): "two"}[2]', '->', repr({F(2): "two"}[2]))
except Exception as e:
    print('{F(2): "two"}[2]', '->', type(e).__name__, e)
try:
    print('len({F(1,2), 0.5, F(2,4)})', '->', repr(len({F(1,2), 0.5, F(2,4)})))
except Exception as e:
    print('len({F(1,2), 0.5, F(2,4)})', '->', type(e).__name__, e)
try:
    print('type(F(1,2) + 1).__name__', '->', repr(type(F(1,2) + 1).__name__))
except Exception as e:
    print('type(F(1,2) + 1).__name__', '->', type(e).__name__, e)
try:
    print('type(F(1,2) + 1.0).__name__', '->', repr(type(F(1,2) + 1.0).__name__))
except Exception as e:
    print('type(F(1,2) + 1.0).__name__', '->', type(e).__name__, e)
try:
    print('type(F(4, 2) // 1).__name__', '->', repr(type(F(4, 2) // 1).__name__))
except Exception as e:
    print('type(F(4, 2) // 1).__name__', '->', type(e).__name__, e)
try:
    print('isinstance(F(1), F)', '->', repr(isinstance(F(1), F)))
except Exception as e:
    print('isinstance(F(1), F)', '->', type(e).__name__, e)
