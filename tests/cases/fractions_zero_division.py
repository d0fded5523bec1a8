from fractions import Fraction as F
import math

try:
    print('F(3,4)/0', '->', repr(F(3,4)/0))
except Exception as e:
    print('F(3,4)/0', '->', type(e).__name__, e)
try:
    print('F(-6,5)/F(0)', '->', repr(F(-6,5)/F(0)))
except Exception as e:
    print('F(-6,5)/F(0)', '->', type(e).__name__, e)
try:
    print('F(0)/0', '->', repr(F(0)/0))
except Exception as e:
    print('F(0)/0', '->', type(e).__name__, e)
try:
    print('F(5,3)/F(0,7)', '->', repr(F(5,3)/F(0,7)))
except Exception as e:
    print('F(5,3)/F(0,7)', '->', type(e).__name__, e)
try:
    print('1/F(0)', '->', repr(1/F(0)))
except Exception as e:
    print('1/F(0)', '->', type(e).__name__, e)
try:
    print('-7/F(0)', '->', repr(-7/F(0)))
except Exception as e:
    print('-7/F(0)', '->', type(e).__name__, e)
try:
    print('F(0)**-1', '->', repr(F(0)**-1))
except Exception as e:
    print('F(0)**-1', '->', type(e).__name__, e)
try:
    print('F(0)**-2', '->', repr(F(0)**-2))
except Exception as e:
    print('F(0)**-2', '->', type(e).__name__, e)
try:
    print('F(-6,4)/0', '->', repr(F(-6,4)/0))
except Exception as e:
    print('F(-6,4)/0', '->', type(e).__name__, e)
try:
    print('F(7,6)/0', '->', repr(F(7,6)/0))
except Exception as e:
    print('F(7,6)/0', '->', type(e).__name__, e)
try:
    print('F(7,6)//0', '->', repr(F(7,6)//0))
except Exception as e:
    print('F(7,6)//0', '->', type(e).__name__, e)
try:
    print('F(7,6)%0', '->', repr(F(7,6)%0))
except Exception as e:
    print('F(7,6)%0', '->', type(e).__name__, e)
try:
    print('divmod(F(7,6),0)', '->', repr(divmod(F(7,6),0)))
except Exception as e:
    print('divmod(F(7,6),0)', '->', type(e).__name__, e)
try:
    print('F(1,0)', '->', repr(F(1,0)))
except Exception as e:
    print('F(1,0)', '->', type(e).__name__, e)
try:
    print('F("1/0")', '->', repr(F("1/0")))
except Exception as e:
    print('F("1/0")', '->', type(e).__name__, e)
try:
    print('F(-3, 0)', '->', repr(F(-3, 0)))
except Exception as e:
    print('F(-3, 0)', '->', type(e).__name__, e)
try:
    print('F(3,-6)', '->', repr(F(3,-6)))
except Exception as e:
    print('F(3,-6)', '->', type(e).__name__, e)
