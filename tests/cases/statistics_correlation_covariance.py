import statistics
from fractions import Fraction as F

try:
    print('statistics.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])', '->', repr(statistics.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])))
except Exception as e:
    print('statistics.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])', '->', type(e).__name__, e)
try:
    print('statistics.covariance([1, 2], [1])', '->', repr(statistics.covariance([1, 2], [1])))
except Exception as e:
    print('statistics.covariance([1, 2], [1])', '->', type(e).__name__, e)
try:
    print('statistics.covariance([1], [1])', '->', repr(statistics.covariance([1], [1])))
except Exception as e:
    print('statistics.covariance([1], [1])', '->', type(e).__name__, e)
try:
    print('statistics.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])', '->', repr(statistics.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])))
except Exception as e:
    print('statistics.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])', '->', type(e).__name__, e)
try:
    print('statistics.correlation([1, 2, 3], [1, 1, 1])', '->', repr(statistics.correlation([1, 2, 3], [1, 1, 1])))
except Exception as e:
    print('statistics.correlation([1, 2, 3], [1, 1, 1])', '->', type(e).__name__, e)
try:
    print('statistics.correlation([1, 2, 3], [2, 4, 7])', '->', repr(statistics.correlation([1, 2, 3], [2, 4, 7])))
except Exception as e:
    print('statistics.correlation([1, 2, 3], [2, 4, 7])', '->', type(e).__name__, e)
try:
    print('statistics.covariance([0.5, 1.5, 2.5], [F(1, 2), 2, 3])', '->', repr(statistics.covariance([0.5, 1.5, 2.5], [F(1, 2), 2, 3])))
except Exception as e:
    print('statistics.covariance([0.5, 1.5, 2.5], [F(1, 2), 2, 3])', '->', type(e).__name__, e)
try:
    print('statistics.correlation(range(10), [x * x for x in range(10)])', '->', repr(statistics.correlation(range(10), [x * x for x in range(10)])))
except Exception as e:
    print('statistics.correlation(range(10), [x * x for x in range(10)])', '->', type(e).__name__, e)
try:
    print('statistics.correlation([1, 2], [3, 4])', '->', repr(statistics.correlation([1, 2], [3, 4])))
except Exception as e:
    print('statistics.correlation([1, 2], [3, 4])', '->', type(e).__name__, e)
try:
    print('statistics.covariance((1, 2, 3), (6, 5, 4))', '->', repr(statistics.covariance((1, 2, 3), (6, 5, 4))))
except Exception as e:
    print('statistics.covariance((1, 2, 3), (6, 5, 4))', '->', type(e).__name__, e)
try:
    print('statistics.covariance([1, 2, 3], iter([1, 2, 3]))', '->', repr(statistics.covariance([1, 2, 3], iter([1, 2, 3]))))
except Exception as e:
    print('statistics.covariance([1, 2, 3], iter([1, 2, 3]))', '->', type(e).__name__, e)
try:
    print('statistics.correlation([1, "a"], [1, 2])', '->', repr(statistics.correlation([1, "a"], [1, 2])))
except Exception as e:
    print('statistics.correlation([1, "a"], [1, 2])', '->', type(e).__name__, e)
