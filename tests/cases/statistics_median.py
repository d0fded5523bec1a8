import statistics
from fractions import Fraction as F

try:
    print('statistics.median([1, 3, 5])', '->', repr(statistics.median([1, 3, 5])))
except Exception as e:
    print('statistics.median([1, 3, 5])', '->', type(e).__name__, e)
try:
    print('statistics.median([1, 3, 5, 7])', '->', repr(statistics.median([1, 3, 5, 7])))
except Exception as e:
    print('statistics.median([1, 3, 5, 7])', '->', type(e).__name__, e)
try:
    print('statistics.median([1, 3, 5, 8])', '->', repr(statistics.median([1, 3, 5, 8])))
except Exception as e:
    print('statistics.median([1, 3, 5, 8])', '->', type(e).__name__, e)
try:
    print('statistics.median([2.5, 1.5])', '->', repr(statistics.median([2.5, 1.5])))
except Exception as e:
    print('statistics.median([2.5, 1.5])', '->', type(e).__name__, e)
try:
    print('statistics.median([F(1,2), F(1,3)])', '->', repr(statistics.median([F(1,2), F(1,3)])))
except Exception as e:
    print('statistics.median([F(1,2), F(1,3)])', '->', type(e).__name__, e)
try:
    print('statistics.median(["b", "a", "c"])', '->', repr(statistics.median(["b", "a", "c"])))
except Exception as e:
    print('statistics.median(["b", "a", "c"])', '->', type(e).__name__, e)
try:
    print('statistics.median([])', '->', repr(statistics.median([])))
except Exception as e:
    print('statistics.median([])', '->', type(e).__name__, e)
try:
    print('statistics.median([1, "a"])', '->', repr(statistics.median([1, "a"])))
except Exception as e:
    print('statistics.median([1, "a"])', '->', type(e).__name__, e)
try:
    print('statistics.median_low([1, 3, 5, 7])', '->', repr(statistics.median_low([1, 3, 5, 7])))
except Exception as e:
    print('statistics.median_low([1, 3, 5, 7])', '->', type(e).__name__, e)
try:
    print('statistics.median_low([])', '->', repr(statistics.median_low([])))
except Exception as e:
    print('statistics.median_low([])', '->', type(e).__name__, e)
try:
    print('statistics.median_high([1, 3, 5, 7])', '->', repr(statistics.median_high([1, 3, 5, 7])))
except Exception as e:
    print('statistics.median_high([1, 3, 5, 7])', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped([52, 52, 53, 54])', '->', repr(statistics.median_grouped([52, 52, 53, 54])))
except Exception as e:
    print('statistics.median_grouped([52, 52, 53, 54])', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped([1, 3, 3, 5, 7])', '->', repr(statistics.median_grouped([1, 3, 3, 5, 7])))
except Exception as e:
    print('statistics.median_grouped([1, 3, 3, 5, 7])', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2)', '->', repr(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2)))
except Exception as e:
    print('statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2)', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped([5])', '->', repr(statistics.median_grouped([5])))
except Exception as e:
    print('statistics.median_grouped([5])', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped(["1", "2"])', '->', repr(statistics.median_grouped(["1", "2"])))
except Exception as e:
    print('statistics.median_grouped(["1", "2"])', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped(["a", "b"])', '->', repr(statistics.median_grouped(["a", "b"])))
except Exception as e:
    print('statistics.median_grouped(["a", "b"])', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped([])', '->', repr(statistics.median_grouped([])))
except Exception as e:
    print('statistics.median_grouped([])', '->', type(e).__name__, e)
try:
    print('statistics.median(range(10))', '->', repr(statistics.median(range(10))))
except Exception as e:
    print('statistics.median(range(10))', '->', type(e).__name__, e)
try:
    print('statistics.median((3, 1, 2))', '->', repr(statistics.median((3, 1, 2))))
except Exception as e:
    print('statistics.median((3, 1, 2))', '->', type(e).__name__, e)
try:
    print('statistics.median([F(1, 3), 0.5, 2])', '->', repr(statistics.median([F(1, 3), 0.5, 2])))
except Exception as e:
    print('statistics.median([F(1, 3), 0.5, 2])', '->', type(e).__name__, e)
try:
    print('statistics.median_high("hello")', '->', repr(statistics.median_high("hello")))
except Exception as e:
    print('statistics.median_high("hello")', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped([1, 2, 3, 4], 0.5)', '->', repr(statistics.median_grouped([1, 2, 3, 4], 0.5)))
except Exception as e:
    print('statistics.median_grouped([1, 2, 3, 4], 0.5)', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped([F(1), F(2), F(3)])', '->', repr(statistics.median_grouped([F(1), F(2), F(3)])))
except Exception as e:
    print('statistics.median_grouped([F(1), F(2), F(3)])', '->', type(e).__name__, e)
try:
    print('statistics.median_grouped([1, 2], "x")', '->', repr(statistics.median_grouped([1, 2], "x")))
except Exception as e:
    print('statistics.median_grouped([1, 2], "x")', '->', type(e).__name__, e)
