import statistics
from fractions import Fraction as F

try:
    print('statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])', '->', repr(statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])))
except Exception as e:
    print('statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12], proportional=True)', '->', repr(statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12], proportional=True)))
except Exception as e:
    print('statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12], proportional=True)', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 1], [1, 2])', '->', repr(statistics.linear_regression([1, 1], [1, 2])))
except Exception as e:
    print('statistics.linear_regression([1, 1], [1, 2])', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1], [2])', '->', repr(statistics.linear_regression([1], [2])))
except Exception as e:
    print('statistics.linear_regression([1], [2])', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2, 3], [2, 3])', '->', repr(statistics.linear_regression([1, 2, 3], [2, 3])))
except Exception as e:
    print('statistics.linear_regression([1, 2, 3], [2, 3])', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2, 3], [2, 3, 5]).slope', '->', repr(statistics.linear_regression([1, 2, 3], [2, 3, 5]).slope))
except Exception as e:
    print('statistics.linear_regression([1, 2, 3], [2, 3, 5]).slope', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2, 3], [2, 3, 5])[1]', '->', repr(statistics.linear_regression([1, 2, 3], [2, 3, 5])[1]))
except Exception as e:
    print('statistics.linear_regression([1, 2, 3], [2, 3, 5])[1]', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2, 3], [2, 3, 5]).slope', '->', repr(statistics.linear_regression([1, 2, 3], [2, 3, 5]).slope))
except Exception as e:
    print('statistics.linear_regression([1, 2, 3], [2, 3, 5]).slope', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2, 3], [2, 3, 5])[1]', '->', repr(statistics.linear_regression([1, 2, 3], [2, 3, 5])[1]))
except Exception as e:
    print('statistics.linear_regression([1, 2, 3], [2, 3, 5])[1]', '->', type(e).__name__, e)
try:
    print('tuple(statistics.linear_regression([1, 2, 3], [2, 3, 5]))', '->', repr(tuple(statistics.linear_regression([1, 2, 3], [2, 3, 5]))))
except Exception as e:
    print('tuple(statistics.linear_regression([1, 2, 3], [2, 3, 5]))', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([0.5, 1.5, 2.5, 4.0], [1.1, 2.9, 5.2, 8.1])', '->', repr(statistics.linear_regression([0.5, 1.5, 2.5, 4.0], [1.1, 2.9, 5.2, 8.1])))
except Exception as e:
    print('statistics.linear_regression([0.5, 1.5, 2.5, 4.0], [1.1, 2.9, 5.2, 8.1])', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression(range(10), [3 * x - 2 for x in range(10)])', '->', repr(statistics.linear_regression(range(10), [3 * x - 2 for x in range(10)])))
except Exception as e:
    print('statistics.linear_regression(range(10), [3 * x - 2 for x in range(10)])', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2], [1, 2], proportional=False)', '->', repr(statistics.linear_regression([1, 2], [1, 2], proportional=False)))
except Exception as e:
    print('statistics.linear_regression([1, 2], [1, 2], proportional=False)', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2], [1, 2], foo=1)', '->', repr(statistics.linear_regression([1, 2], [1, 2], foo=1)))
except Exception as e:
    print('statistics.linear_regression([1, 2], [1, 2], foo=1)', '->', type(e).__name__, e)
try:
    print('type(statistics.linear_regression([1, 2], [3, 4])).__name__', '->', repr(type(statistics.linear_regression([1, 2], [3, 4])).__name__))
except Exception as e:
    print('type(statistics.linear_regression([1, 2], [3, 4])).__name__', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2], [3, 4])._asdict()', '->', repr(statistics.linear_regression([1, 2], [3, 4])._asdict()))
except Exception as e:
    print('statistics.linear_regression([1, 2], [3, 4])._asdict()', '->', type(e).__name__, e)
try:
    print('statistics.LinearRegression._fields', '->', repr(statistics.LinearRegression._fields))
except Exception as e:
    print('statistics.LinearRegression._fields', '->', type(e).__name__, e)
try:
    print('statistics.linear_regression([1, 2], [3, 4]) == (1.0, 2.0)', '->', repr(statistics.linear_regression([1, 2], [3, 4]) == (1.0, 2.0)))
except Exception as e:
    print('statistics.linear_regression([1, 2], [3, 4]) == (1.0, 2.0)', '->', type(e).__name__, e)
