import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
rates = [(0, 0.0), (10000, 0.1), (40000, 0.2), (90000, 0.3)]
limits = [r[0] for r in rates]
for income in [5000, 10000, 55000, 120000]:
    i = bisect.bisect_right(limits, income) - 1
    print(income, rates[i][1])
