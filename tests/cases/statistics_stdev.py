import statistics
from fractions import Fraction as F

try:
    print('statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])', '->', repr(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])))
except Exception as e:
    print('statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([1, 2, 3, 4])', '->', repr(statistics.stdev([1, 2, 3, 4])))
except Exception as e:
    print('statistics.stdev([1, 2, 3, 4])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([0.1, 0.2, 0.3, 0.4])', '->', repr(statistics.stdev([0.1, 0.2, 0.3, 0.4])))
except Exception as e:
    print('statistics.stdev([0.1, 0.2, 0.3, 0.4])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([10**20, 10**20 + 1, 10**20 + 2])', '->', repr(statistics.stdev([10**20, 10**20 + 1, 10**20 + 2])))
except Exception as e:
    print('statistics.stdev([10**20, 10**20 + 1, 10**20 + 2])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([1])', '->', repr(statistics.stdev([1])))
except Exception as e:
    print('statistics.stdev([1])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([1, float("nan")])', '->', repr(statistics.stdev([1, float("nan")])))
except Exception as e:
    print('statistics.stdev([1, float("nan")])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([F(1, 3), F(2, 3)])', '->', repr(statistics.stdev([F(1, 3), F(2, 3)])))
except Exception as e:
    print('statistics.stdev([F(1, 3), F(2, 3)])', '->', type(e).__name__, e)
try:
    print('statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])', '->', repr(statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])))
except Exception as e:
    print('statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])', '->', type(e).__name__, e)
try:
    print('statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9])', '->', repr(statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9])))
except Exception as e:
    print('statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9])', '->', type(e).__name__, e)
try:
    print('statistics.pstdev([5])', '->', repr(statistics.pstdev([5])))
except Exception as e:
    print('statistics.pstdev([5])', '->', type(e).__name__, e)
try:
    print('statistics.pstdev([1, 2, 3], mu=2)', '->', repr(statistics.pstdev([1, 2, 3], mu=2)))
except Exception as e:
    print('statistics.pstdev([1, 2, 3], mu=2)', '->', type(e).__name__, e)
try:
    print('statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9])', '->', repr(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9])))
except Exception as e:
    print('statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([1e-300, 2e-300, 3e-300])', '->', repr(statistics.stdev([1e-300, 2e-300, 3e-300])))
except Exception as e:
    print('statistics.stdev([1e-300, 2e-300, 3e-300])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([1e300, -1e300])', '->', repr(statistics.stdev([1e300, -1e300])))
except Exception as e:
    print('statistics.stdev([1e300, -1e300])', '->', type(e).__name__, e)
try:
    print('statistics.pstdev([0.5, 0.25, 0.125])', '->', repr(statistics.pstdev([0.5, 0.25, 0.125])))
except Exception as e:
    print('statistics.pstdev([0.5, 0.25, 0.125])', '->', type(e).__name__, e)
try:
    print('statistics.stdev([1, 2, 3], xbar=2)', '->', repr(statistics.stdev([1, 2, 3], xbar=2)))
except Exception as e:
    print('statistics.stdev([1, 2, 3], xbar=2)', '->', type(e).__name__, e)
try:
    print('statistics.stdev(range(1000))', '->', repr(statistics.stdev(range(1000))))
except Exception as e:
    print('statistics.stdev(range(1000))', '->', type(e).__name__, e)
try:
    print('statistics.pstdev([True, False])', '->', repr(statistics.pstdev([True, False])))
except Exception as e:
    print('statistics.pstdev([True, False])', '->', type(e).__name__, e)
try:
    print('[statistics.pstdev([i, i * 1.1, i * 1.3]) for i in range(1, 10)]', '->', repr([statistics.pstdev([i, i * 1.1, i * 1.3]) for i in range(1, 10)]))
except Exception as e:
    print('[statistics.pstdev([i, i * 1.1, i * 1.3]) for i in range(1, 10)]', '->', type(e).__name__, e)
