import statistics
from fractions import Fraction as F

try:
    print('statistics.mean([1, 2, 2.5])', '->', repr(statistics.mean([1, 2, 2.5])))
except Exception as e:
    print('statistics.mean([1, 2, 2.5])', '->', type(e).__name__, e)
try:
    print('statistics.mean([1, 2, 3, 4, 4])', '->', repr(statistics.mean([1, 2, 3, 4, 4])))
except Exception as e:
    print('statistics.mean([1, 2, 3, 4, 4])', '->', type(e).__name__, e)
try:
    print('statistics.mean([0.1, 0.2, 0.3])', '->', repr(statistics.mean([0.1, 0.2, 0.3])))
except Exception as e:
    print('statistics.mean([0.1, 0.2, 0.3])', '->', type(e).__name__, e)
try:
    print('statistics.mean([1e50, 1, -1e50] * 10)', '->', repr(statistics.mean([1e50, 1, -1e50] * 10)))
except Exception as e:
    print('statistics.mean([1e50, 1, -1e50] * 10)', '->', type(e).__name__, e)
try:
    print('statistics.mean([F(1, 3), F(2, 3), F(5, 7)])', '->', repr(statistics.mean([F(1, 3), F(2, 3), F(5, 7)])))
except Exception as e:
    print('statistics.mean([F(1, 3), F(2, 3), F(5, 7)])', '->', type(e).__name__, e)
try:
    print('statistics.mean([F(1, 3), 2])', '->', repr(statistics.mean([F(1, 3), 2])))
except Exception as e:
    print('statistics.mean([F(1, 3), 2])', '->', type(e).__name__, e)
try:
    print('statistics.mean([F(1, 3), 0.5])', '->', repr(statistics.mean([F(1, 3), 0.5])))
except Exception as e:
    print('statistics.mean([F(1, 3), 0.5])', '->', type(e).__name__, e)
try:
    print('statistics.mean([1, 2])', '->', repr(statistics.mean([1, 2])))
except Exception as e:
    print('statistics.mean([1, 2])', '->', type(e).__name__, e)
try:
    print('statistics.mean([True, False, True])', '->', repr(statistics.mean([True, False, True])))
except Exception as e:
    print('statistics.mean([True, False, True])', '->', type(e).__name__, e)
try:
    print('statistics.mean(range(101))', '->', repr(statistics.mean(range(101))))
except Exception as e:
    print('statistics.mean(range(101))', '->', type(e).__name__, e)
try:
    print('statistics.mean(iter([3, 4, 5]))', '->', repr(statistics.mean(iter([3, 4, 5]))))
except Exception as e:
    print('statistics.mean(iter([3, 4, 5]))', '->', type(e).__name__, e)
try:
    print('statistics.mean([])', '->', repr(statistics.mean([])))
except Exception as e:
    print('statistics.mean([])', '->', type(e).__name__, e)
try:
    print('statistics.mean(["a", "b"])', '->', repr(statistics.mean(["a", "b"])))
except Exception as e:
    print('statistics.mean(["a", "b"])', '->', type(e).__name__, e)
try:
    print('statistics.mean([1, float("nan")])', '->', repr(statistics.mean([1, float("nan")])))
except Exception as e:
    print('statistics.mean([1, float("nan")])', '->', type(e).__name__, e)
try:
    print('statistics.mean([1, float("inf")])', '->', repr(statistics.mean([1, float("inf")])))
except Exception as e:
    print('statistics.mean([1, float("inf")])', '->', type(e).__name__, e)
try:
    print('statistics.mean([float("inf"), float("-inf")])', '->', repr(statistics.mean([float("inf"), float("-inf")])))
except Exception as e:
    print('statistics.mean([float("inf"), float("-inf")])', '->', type(e).__name__, e)
try:
    print('statistics.mean()', '->', repr(statistics.mean()))
except Exception as e:
    print('statistics.mean()', '->', type(e).__name__, e)
try:
    print('statistics.mean([10**400, 1])', '->', repr(statistics.mean([10**400, 1])))
except Exception as e:
    print('statistics.mean([10**400, 1])', '->', type(e).__name__, e)
try:
    print('statistics.mean([0.1] * 10)', '->', repr(statistics.mean([0.1] * 10)))
except Exception as e:
    print('statistics.mean([0.1] * 10)', '->', type(e).__name__, e)
try:
    print('statistics.mean([1.1, 2.2, 3.3])', '->', repr(statistics.mean([1.1, 2.2, 3.3])))
except Exception as e:
    print('statistics.mean([1.1, 2.2, 3.3])', '->', type(e).__name__, e)
try:
    print('statistics.mean([-1.5, 2**60, 3.25])', '->', repr(statistics.mean([-1.5, 2**60, 3.25])))
except Exception as e:
    print('statistics.mean([-1.5, 2**60, 3.25])', '->', type(e).__name__, e)
try:
    print('statistics.mean((x / 3 for x in range(10)))', '->', repr(statistics.mean((x / 3 for x in range(10)))))
except Exception as e:
    print('statistics.mean((x / 3 for x in range(10)))', '->', type(e).__name__, e)
try:
    print('statistics.mean({1: "a", 3: "b"})', '->', repr(statistics.mean({1: "a", 3: "b"})))
except Exception as e:
    print('statistics.mean({1: "a", 3: "b"})', '->', type(e).__name__, e)
try:
    print('statistics.mean([1, 2, "3"])', '->', repr(statistics.mean([1, 2, "3"])))
except Exception as e:
    print('statistics.mean([1, 2, "3"])', '->', type(e).__name__, e)
try:
    print('statistics.mean(5)', '->', repr(statistics.mean(5)))
except Exception as e:
    print('statistics.mean(5)', '->', type(e).__name__, e)
try:
    print('statistics.mean([1e308, 1e308])', '->', repr(statistics.mean([1e308, 1e308])))
except Exception as e:
    print('statistics.mean([1e308, 1e308])', '->', type(e).__name__, e)
