# A report over grades, the way generated code typically uses statistics.
import statistics
grades = {"alice": [88, 92, 79, 93], "bob": [75, 80, 85, 90], "carol": [95, 98, 100, 91], "dave": [60, 72, 68, 75]}
for name, g in grades.items():
    print(f"{name:6} mean={statistics.mean(g):6.2f} median={statistics.median(g):5.1f} "
          f"stdev={statistics.stdev(g):.3f} range={max(g) - min(g)}")
allg = [x for g in grades.values() for x in g]
print(statistics.mean(allg), statistics.median(allg), statistics.mode(allg), round(statistics.pstdev(allg), 4))
print(statistics.quantiles(allg, n=4))
temps = [22.1, 23.4, 21.8, 24.9, 25.3, 23.3, 22.0]
print(statistics.fmean(temps), statistics.mean(temps), statistics.median(temps), statistics.variance(temps))
hours = [1, 2, 3, 4, 5, 6]
scores = [52, 55, 61, 64, 70, 71]
lr = statistics.linear_regression(hours, scores)
print(lr, round(lr.slope * 7 + lr.intercept, 2), statistics.correlation(hours, scores))
z = [(x - statistics.mean(temps)) / statistics.stdev(temps) for x in temps]
print([round(v, 3) for v in z])
