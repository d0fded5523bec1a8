import statistics
from fractions import Fraction as F
data = [F(1, 2), F(3, 4), F(5, 6), F(7, 8)]
print(statistics.mean(data), statistics.median(data), statistics.variance(data), statistics.pvariance(data))
print(statistics.stdev(data), statistics.pstdev(data), statistics.harmonic_mean(data))
print(statistics.mean([F(1, 3), 1, 2]), statistics.mean([F(1, 3), 0.25]), type(statistics.mean([F(1, 3), 0.25])).__name__)
print(statistics.variance([F(1), 2, 3]), statistics.mode([F(1, 2), F(2, 4), 0.5, 1]), statistics.multimode([F(1, 3), 2, F(1, 3), 2]))
print(statistics.quantiles(data, n=3), statistics.fmean(data), statistics.geometric_mean(data))
print(statistics.median_low(data), statistics.median_high(data), statistics.median_grouped(data))
