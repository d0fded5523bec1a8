import statistics, math
from decimal import Decimal as D
from fractions import Fraction
data = [D("0.1375"), D("0.2108"), D("0.3061"), D("0.0419")]
print(statistics.mean(data), statistics.median(data), statistics.variance(data), statistics.stdev(data))
print(statistics.pstdev(data), statistics.pvariance(data), statistics.harmonic_mean(data), statistics.fmean(data))
print(statistics.mean([D(1), 2]), statistics.quantiles(data, n=3), statistics.mode(data))
try:
    statistics.mean([D(1), 1.5])
except TypeError as e:
    print(e)
print(statistics.stdev([D("1.5"), D("2.5"), D("2.5"), D("2.75"), D("3.25"), D("4.75")]))
print(Fraction(D("1.25")), Fraction.from_decimal(D("-0.125")), Fraction(1, 2) == D("0.5"))
try:
    Fraction(D("nan"))
except ValueError as e:
    print(e)
print(math.floor(D("2.7")), math.isclose(D("1.0"), 1), math.fsum([D("0.1")] * 3), math.sqrt(D("2.25")))
