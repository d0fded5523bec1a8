from fractions import Fraction as F
import math

try:
    print('F(7, 2) // F(1, 3)', '->', repr(F(7, 2) // F(1, 3)))
except Exception as e:
    print('F(7, 2) // F(1, 3)', '->', type(e).__name__, e)
try:
    print('F(7, 2) % F(1, 3)', '->', repr(F(7, 2) % F(1, 3)))
except Exception as e:
    print('F(7, 2) % F(1, 3)', '->', type(e).__name__, e)
try:
    print('divmod(F(7, 2), F(1, 3))', '->', repr(divmod(F(7, 2), F(1, 3))))
except Exception as e:
    print('divmod(F(7, 2), F(1, 3))', '->', type(e).__name__, e)
try:
    print('F(-7, 2) // F(1, 3)', '->', repr(F(-7, 2) // F(1, 3)))
except Exception as e:
    print('F(-7, 2) // F(1, 3)', '->', type(e).__name__, e)
try:
    print('F(-7, 2) % F(1, 3)', '->', repr(F(-7, 2) % F(1, 3)))
except Exception as e:
    print('F(-7, 2) % F(1, 3)', '->', type(e).__name__, e)
try:
    print('F(7, 2) % -2', '->', repr(F(7, 2) % -2))
except Exception as e:
    print('F(7, 2) % -2', '->', type(e).__name__, e)
try:
    print('-7 % F(2, 3)', '->', repr(-7 % F(2, 3)))
except Exception as e:
    print('-7 % F(2, 3)', '->', type(e).__name__, e)
try:
    print('7 // F(-2, 3)', '->', repr(7 // F(-2, 3)))
except Exception as e:
    print('7 // F(-2, 3)', '->', type(e).__name__, e)
try:
    print('F(7, 2) // 1.5', '->', repr(F(7, 2) // 1.5))
except Exception as e:
    print('F(7, 2) // 1.5', '->', type(e).__name__, e)
try:
    print('F(7, 2) % 1.5', '->', repr(F(7, 2) % 1.5))
except Exception as e:
    print('F(7, 2) % 1.5', '->', type(e).__name__, e)
try:
    print('1.5 // F(1, 4)', '->', repr(1.5 // F(1, 4)))
except Exception as e:
    print('1.5 // F(1, 4)', '->', type(e).__name__, e)
try:
    print('1.5 % F(1, 4)', '->', repr(1.5 % F(1, 4)))
except Exception as e:
    print('1.5 % F(1, 4)', '->', type(e).__name__, e)
try:
    print('divmod(F(9, 4), 1.0)', '->', repr(divmod(F(9, 4), 1.0)))
except Exception as e:
    print('divmod(F(9, 4), 1.0)', '->', type(e).__name__, e)
try:
    print('divmod(2, F(3, 4))', '->', repr(divmod(2, F(3, 4))))
except Exception as e:
    print('divmod(2, F(3, 4))', '->', type(e).__name__, e)
try:
    print('F(5) % F(5)', '->', repr(F(5) % F(5)))
except Exception as e:
    print('F(5) % F(5)', '->', type(e).__name__, e)
try:
    print('F(0) // F(1, 7)', '->', repr(F(0) // F(1, 7)))
except Exception as e:
    print('F(0) // F(1, 7)', '->', type(e).__name__, e)
try:
    print('F(1, 3) // 0', '->', repr(F(1, 3) // 0))
except Exception as e:
    print('F(1, 3) // 0', '->', type(e).__name__, e)
try:
    print('F(1, 3) % F(0)', '->', repr(F(1, 3) % F(0)))
except Exception as e:
    print('F(1, 3) % F(0)', '->', type(e).__name__, e)
try:
    print('5 % F(0)', '->', repr(5 % F(0)))
except Exception as e:
    print('5 % F(0)', '->', type(e).__name__, e)
try:
    print('divmod(F(1), 0.0)', '->', repr(divmod(F(1), 0.0)))
except Exception as e:
    print('divmod(F(1), 0.0)', '->', type(e).__name__, e)
try:
    print('F(10**25, 3) // F(1, 10**25)', '->', repr(F(10**25, 3) // F(1, 10**25)))
except Exception as e:
    print('F(10**25, 3) // F(1, 10**25)', '->', type(e).__name__, e)
