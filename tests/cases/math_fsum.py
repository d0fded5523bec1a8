import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum(range(100)), math.fsum([]), math.fsum(()))
print(math.fsum([-0.0, -0.0]), math.fsum([0.5, 0.25, 0.125]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([1e16, 1.0, 1e-16]))
print(math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum(x / 7 for x in range(1, 50)))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([math.inf, 1.0, 2.0]), math.fsum([-math.inf, -1e308]), math.fsum([math.nan, 1.0]))
vals = [((-1) ** i) * (1.0 / (i + 1)) for i in range(1000)]
print(math.fsum(vals), sum(vals))
vals = [1e-17 * i for i in range(1, 1000)] + [1.0, -1.0]
print(math.fsum(vals))
print(math.fsum([True, 2, 3.5]))
for bad in [[math.inf, -math.inf], [1e308, 1e308], ["x"], 5, [1, None]]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
