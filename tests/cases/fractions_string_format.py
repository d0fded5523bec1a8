from fractions import Fraction as F
import math

try:
    print('str(F(1, 2))', '->', repr(str(F(1, 2))))
except Exception as e:
    print('str(F(1, 2))', '->', type(e).__name__, e)
try:
    print('str(F(-4, 2))', '->', repr(str(F(-4, 2))))
except Exception as e:
    print('str(F(-4, 2))', '->', type(e).__name__, e)
try:
    print('repr(F(0))', '->', repr(repr(F(0))))
except Exception as e:
    print('repr(F(0))', '->', type(e).__name__, e)
try:
    print('f"{F(2, 3)}"', '->', repr(f"{F(2, 3)}"))
except Exception as e:
    print('f"{F(2, 3)}"', '->', type(e).__name__, e)
try:
    print('f"{F(2, 3)!r}"', '->', repr(f"{F(2, 3)!r}"))
except Exception as e:
    print('f"{F(2, 3)!r}"', '->', type(e).__name__, e)
try:
    print('f"{F(2, 3):}"', '->', repr(f"{F(2, 3):}"))
except Exception as e:
    print('f"{F(2, 3):}"', '->', type(e).__name__, e)
try:
    print('"%s" % F(1, 9)', '->', repr("%s" % F(1, 9)))
except Exception as e:
    print('"%s" % F(1, 9)', '->', type(e).__name__, e)
try:
    print('"%r" % F(1, 9)', '->', repr("%r" % F(1, 9)))
except Exception as e:
    print('"%r" % F(1, 9)', '->', type(e).__name__, e)
try:
    print('"{}".format(F(5, 3))', '->', repr("{}".format(F(5, 3))))
except Exception as e:
    print('"{}".format(F(5, 3))', '->', type(e).__name__, e)
try:
    print('format(F(1, 3), "")', '->', repr(format(F(1, 3), "")))
except Exception as e:
    print('format(F(1, 3), "")', '->', type(e).__name__, e)
try:
    print('format(F(1, 3), ">10")', '->', repr(format(F(1, 3), ">10")))
except Exception as e:
    print('format(F(1, 3), ">10")', '->', type(e).__name__, e)
try:
    print('format(F(1, 3), ".3f")', '->', repr(format(F(1, 3), ".3f")))
except Exception as e:
    print('format(F(1, 3), ".3f")', '->', type(e).__name__, e)
try:
    print('[F(1, 2), F(3, 4)]', '->', repr([F(1, 2), F(3, 4)]))
except Exception as e:
    print('[F(1, 2), F(3, 4)]', '->', type(e).__name__, e)
try:
    print('{"a": F(1, 2)}', '->', repr({"a": F(1, 2)}))
except Exception as e:
    print('{"a": F(1, 2)}', '->', type(e).__name__, e)
try:
    print('(F(1),)', '->', repr((F(1),)))
except Exception as e:
    print('(F(1),)', '->', type(e).__name__, e)
try:
    print('str(F(10**30, 7))', '->', repr(str(F(10**30, 7))))
except Exception as e:
    print('str(F(10**30, 7))', '->', type(e).__name__, e)
try:
    print('F("  12/36 ")', '->', repr(F("  12/36 ")))
except Exception as e:
    print('F("  12/36 ")', '->', type(e).__name__, e)
