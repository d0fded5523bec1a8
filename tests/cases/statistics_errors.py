import statistics
calls = [
    lambda: statistics.mean([]), lambda: statistics.variance([1]), lambda: statistics.stdev([]),
    lambda: statistics.pvariance([]), lambda: statistics.pstdev([]), lambda: statistics.median([]),
    lambda: statistics.mode([]), lambda: statistics.quantiles([1]), lambda: statistics.harmonic_mean([]),
    lambda: statistics.fmean([]), lambda: statistics.geometric_mean([-1]), lambda: statistics.correlation([1], [2]),
    lambda: statistics.covariance([1, 2], [3]), lambda: statistics.linear_regression([2, 2], [1, 3]),
    lambda: statistics.mean(["1", "2"]), lambda: statistics.mean([1, None]), lambda: statistics.median([1, None]),
    lambda: statistics.mean(), lambda: statistics.mean([1], [2]), lambda: statistics.variance(data=[1, 2, 3]),
]
for c in calls:
    try:
        print(c())
    except statistics.StatisticsError as e:
        print("StatisticsError:", e, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__, e)
try:
    statistics.mean([])
except ValueError as e:
    print("caught as ValueError:", repr(e), type(e).__module__)
print(statistics.StatisticsError.__name__, statistics.StatisticsError.__module__)
