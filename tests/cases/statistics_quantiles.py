import statistics
from fractions import Fraction as F

try:
    print('statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])', '->', repr(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])))
except Exception as e:
    print('statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10)', '->', repr(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10)))
except Exception as e:
    print('statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method="inclusive")', '->', repr(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method="inclusive")))
except Exception as e:
    print('statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method="inclusive")', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)', '->', repr(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)))
except Exception as e:
    print('statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1.5, 2.5], n=3)', '->', repr(statistics.quantiles([1.5, 2.5], n=3)))
except Exception as e:
    print('statistics.quantiles([1.5, 2.5], n=3)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1], n=4)', '->', repr(statistics.quantiles([1], n=4)))
except Exception as e:
    print('statistics.quantiles([1], n=4)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 2], n=0)', '->', repr(statistics.quantiles([1, 2], n=0)))
except Exception as e:
    print('statistics.quantiles([1, 2], n=0)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 2], method="median")', '->', repr(statistics.quantiles([1, 2], method="median")))
except Exception as e:
    print('statistics.quantiles([1, 2], method="median")', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 2, 3], n=1)', '->', repr(statistics.quantiles([1, 2, 3], n=1)))
except Exception as e:
    print('statistics.quantiles([1, 2, 3], n=1)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([F(1, 2), F(3, 4), 1], n=2)', '->', repr(statistics.quantiles([F(1, 2), F(3, 4), 1], n=2)))
except Exception as e:
    print('statistics.quantiles([F(1, 2), F(3, 4), 1], n=2)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles(range(1, 101), n=4)', '->', repr(statistics.quantiles(range(1, 101), n=4)))
except Exception as e:
    print('statistics.quantiles(range(1, 101), n=4)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1.5, 7.25, 3.0, 9.5, 2.25], n=5, method="inclusive")', '->', repr(statistics.quantiles([1.5, 7.25, 3.0, 9.5, 2.25], n=5, method="inclusive")))
except Exception as e:
    print('statistics.quantiles([1.5, 7.25, 3.0, 9.5, 2.25], n=5, method="inclusive")', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 2, 3], n=2.5)', '->', repr(statistics.quantiles([1, 2, 3], n=2.5)))
except Exception as e:
    print('statistics.quantiles([1, 2, 3], n=2.5)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 2, 3], 4)', '->', repr(statistics.quantiles([1, 2, 3], 4)))
except Exception as e:
    print('statistics.quantiles([1, 2, 3], 4)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 2, 3], method=None)', '->', repr(statistics.quantiles([1, 2, 3], method=None)))
except Exception as e:
    print('statistics.quantiles([1, 2, 3], method=None)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([1, 100], n=7)', '->', repr(statistics.quantiles([1, 100], n=7)))
except Exception as e:
    print('statistics.quantiles([1, 100], n=7)', '->', type(e).__name__, e)
try:
    print('statistics.quantiles([5, 1], n=2, method="inclusive")', '->', repr(statistics.quantiles([5, 1], n=2, method="inclusive")))
except Exception as e:
    print('statistics.quantiles([5, 1], n=2, method="inclusive")', '->', type(e).__name__, e)
