import statistics
from fractions import Fraction
print(statistics.mean([1, 2.5, True]), statistics.mean([1, 2, 3, 4]), type(statistics.mean([2, 4])).__name__)
print(statistics.mean([1, 2]), statistics.median([1, 2]), statistics.variance([1, 2, 3]), type(statistics.variance([1, 2, 3])).__name__)
print(statistics.variance([1, 2, 3, 5]), statistics.pvariance([1, 2]), statistics.mean([10 ** 30, 10 ** 30 + 2]))
print(statistics.mean(x * 0.5 for x in range(7)), statistics.median(iter([5, 3, 1])), statistics.mode(iter("abca")))
print(statistics.mean(range(1, 8)), statistics.stdev(range(1, 8)), statistics.harmonic_mean(range(1, 5)))
print(statistics.mean([Fraction(1, 2), 1.25]), statistics.variance([Fraction(1, 2), 1.25, 2]))
print(statistics.mean({3, 1, 2}), statistics.median({3: 0, 1: 0}), statistics.mode((4, 4, 5)))
