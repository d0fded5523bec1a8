import statistics
from fractions import Fraction as F

try:
    print('statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])', '->', repr(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])))
except Exception as e:
    print('statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])', '->', type(e).__name__, e)
try:
    print('statistics.variance([1, 2, 3, 4])', '->', repr(statistics.variance([1, 2, 3, 4])))
except Exception as e:
    print('statistics.variance([1, 2, 3, 4])', '->', type(e).__name__, e)
try:
    print('statistics.variance([1, 2, 3, 4], 2.5)', '->', repr(statistics.variance([1, 2, 3, 4], 2.5)))
except Exception as e:
    print('statistics.variance([1, 2, 3, 4], 2.5)', '->', type(e).__name__, e)
try:
    print('statistics.variance([F(1, 6), F(1, 2), F(5, 3)])', '->', repr(statistics.variance([F(1, 6), F(1, 2), F(5, 3)])))
except Exception as e:
    print('statistics.variance([F(1, 6), F(1, 2), F(5, 3)])', '->', type(e).__name__, e)
try:
    print('statistics.variance([1])', '->', repr(statistics.variance([1])))
except Exception as e:
    print('statistics.variance([1])', '->', type(e).__name__, e)
try:
    print('statistics.variance([1, float("nan")])', '->', repr(statistics.variance([1, float("nan")])))
except Exception as e:
    print('statistics.variance([1, float("nan")])', '->', type(e).__name__, e)
try:
    print('statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])', '->', repr(statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])))
except Exception as e:
    print('statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])', '->', type(e).__name__, e)
try:
    print('statistics.pvariance([1, 2, 3, 4])', '->', repr(statistics.pvariance([1, 2, 3, 4])))
except Exception as e:
    print('statistics.pvariance([1, 2, 3, 4])', '->', type(e).__name__, e)
try:
    print('statistics.pvariance([])', '->', repr(statistics.pvariance([])))
except Exception as e:
    print('statistics.pvariance([])', '->', type(e).__name__, e)
try:
    print('statistics.pvariance([5])', '->', repr(statistics.pvariance([5])))
except Exception as e:
    print('statistics.pvariance([5])', '->', type(e).__name__, e)
try:
    print('statistics.variance([1.5] * 5)', '->', repr(statistics.variance([1.5] * 5)))
except Exception as e:
    print('statistics.variance([1.5] * 5)', '->', type(e).__name__, e)
try:
    print('statistics.variance(iter([1, 2, 4, 8]))', '->', repr(statistics.variance(iter([1, 2, 4, 8]))))
except Exception as e:
    print('statistics.variance(iter([1, 2, 4, 8]))', '->', type(e).__name__, e)
try:
    print('statistics.pvariance([F(1, 3), F(1, 2)])', '->', repr(statistics.pvariance([F(1, 3), F(1, 2)])))
except Exception as e:
    print('statistics.pvariance([F(1, 3), F(1, 2)])', '->', type(e).__name__, e)
try:
    print('statistics.pvariance([1, 2, 3], mu=2.5)', '->', repr(statistics.pvariance([1, 2, 3], mu=2.5)))
except Exception as e:
    print('statistics.pvariance([1, 2, 3], mu=2.5)', '->', type(e).__name__, e)
try:
    print('statistics.variance([1e10 + 0.1, 1e10 + 0.2, 1e10 + 0.3])', '->', repr(statistics.variance([1e10 + 0.1, 1e10 + 0.2, 1e10 + 0.3])))
except Exception as e:
    print('statistics.variance([1e10 + 0.1, 1e10 + 0.2, 1e10 + 0.3])', '->', type(e).__name__, e)
try:
    print('statistics.variance(["a", "b"])', '->', repr(statistics.variance(["a", "b"])))
except Exception as e:
    print('statistics.variance(["a", "b"])', '->', type(e).__name__, e)
try:
    print('statistics.pvariance([float("inf"), 1])', '->', repr(statistics.pvariance([float("inf"), 1])))
except Exception as e:
    print('statistics.pvariance([float("inf"), 1])', '->', type(e).__name__, e)
try:
    print('statistics.variance([1, 2, 3], xbar=F(2))', '->', repr(statistics.variance([1, 2, 3], xbar=F(2))))
except Exception as e:
    print('statistics.variance([1, 2, 3], xbar=F(2))', '->', type(e).__name__, e)
