# float: accumulation error in sums, sum of many 0.1, and comparisons with tolerance written by hand
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), abs(total - 1.0) < 1e-12)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, 1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0)
print(sum([1e100, 1.0, -1e100]), 2 ** 53 + 1.0, float(2 ** 53) + 1)
vals = [0.1 * i for i in range(6)]
print(vals)
print([round(v, 1) for v in vals])
