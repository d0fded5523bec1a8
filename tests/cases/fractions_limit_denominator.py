from fractions import Fraction as F
import math

try:
    print('F(3.141592653589793).limit_denominator(100)', '->', repr(F(3.141592653589793).limit_denominator(100)))
except Exception as e:
    print('F(3.141592653589793).limit_denominator(100)', '->', type(e).__name__, e)
try:
    print('F(3.141592653589793).limit_denominator()', '->', repr(F(3.141592653589793).limit_denominator()))
except Exception as e:
    print('F(3.141592653589793).limit_denominator()', '->', type(e).__name__, e)
try:
    print('F(1, 3).limit_denominator(3)', '->', repr(F(1, 3).limit_denominator(3)))
except Exception as e:
    print('F(1, 3).limit_denominator(3)', '->', type(e).__name__, e)
try:
    print('F(-355, 113).limit_denominator(10)', '->', repr(F(-355, 113).limit_denominator(10)))
except Exception as e:
    print('F(-355, 113).limit_denominator(10)', '->', type(e).__name__, e)
try:
    print('F.from_float("a")', '->', repr(F.from_float("a")))
except Exception as e:
    print('F.from_float("a")', '->', type(e).__name__, e)
try:
    print('F.from_float(1)', '->', repr(F.from_float(1)))
except Exception as e:
    print('F.from_float(1)', '->', type(e).__name__, e)
try:
    print('F.from_float(0.1)', '->', repr(F.from_float(0.1)))
except Exception as e:
    print('F.from_float(0.1)', '->', type(e).__name__, e)
try:
    print('F.from_decimal(1.5)', '->', repr(F.from_decimal(1.5)))
except Exception as e:
    print('F.from_decimal(1.5)', '->', type(e).__name__, e)
try:
    print('F.from_decimal(3)', '->', repr(F.from_decimal(3)))
except Exception as e:
    print('F.from_decimal(3)', '->', type(e).__name__, e)
try:
    print('F(0.1).limit_denominator(10)', '->', repr(F(0.1).limit_denominator(10)))
except Exception as e:
    print('F(0.1).limit_denominator(10)', '->', type(e).__name__, e)
try:
    print('F(1, 7).limit_denominator(6)', '->', repr(F(1, 7).limit_denominator(6)))
except Exception as e:
    print('F(1, 7).limit_denominator(6)', '->', type(e).__name__, e)
try:
    print('F(22, 7).limit_denominator(5)', '->', repr(F(22, 7).limit_denominator(5)))
except Exception as e:
    print('F(22, 7).limit_denominator(5)', '->', type(e).__name__, e)
try:
    print('[F(math.pi).limit_denominator(d) for d in (1, 2, 10, 100, 1000, 10**6)]', '->', repr([F(math.pi).limit_denominator(d) for d in (1, 2, 10, 100, 1000, 10**6)]))
except Exception as e:
    print('[F(math.pi).limit_denominator(d) for d in (1, 2, 10, 100, 1000, 10**6)]', '->', type(e).__name__, e)
try:
    print('F(math.e).limit_denominator(50)', '->', repr(F(math.e).limit_denominator(50)))
except Exception as e:
    print('F(math.e).limit_denominator(50)', '->', type(e).__name__, e)
try:
    print('F(-1, 3).limit_denominator(2)', '->', repr(F(-1, 3).limit_denominator(2)))
except Exception as e:
    print('F(-1, 3).limit_denominator(2)', '->', type(e).__name__, e)
try:
    print('F(7, 6).limit_denominator(1.5)', '->', repr(F(7, 6).limit_denominator(1.5)))
except Exception as e:
    print('F(7, 6).limit_denominator(1.5)', '->', type(e).__name__, e)
try:
    print('F(7, 6).limit_denominator("x")', '->', repr(F(7, 6).limit_denominator("x")))
except Exception as e:
    print('F(7, 6).limit_denominator("x")', '->', type(e).__name__, e)
