import math
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5), math.log(1e-300), math.log(1e308))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2, 8), math.log(81, 3), math.log(10, 0.5))
print(math.log(2 ** 1000), math.log(2 ** 1024), math.log(10 ** 400), math.log(3 ** 2000), math.log(10 ** 400, 10))
print(math.log2(2 ** 1023), math.log2(2 ** 1024), math.log2(2 ** 5000), math.log2(3 ** 1000), math.log2(1), math.log2(0.1))
print(math.log10(10 ** 308), math.log10(10 ** 309), math.log10(10 ** 1000), math.log10(7 ** 600), math.log10(0.001))
print(math.log(2 ** 1024 - 1), math.log(2 ** 1024 + 1), math.log(2 ** 1023 * 3), math.log10(2 ** 1024 - 2 ** 970))
print(math.log(10 ** 400, 2 ** 2000), math.log(5, 10 ** 500), math.log(True, 2), math.log(7, True + 1))
print(math.log1p(1e-20), math.log1p(0.5), math.log1p(1e300))
for bad in [(0,), (-3,), (-10 ** 400,), (10, 1), (10, 0), (10, -2), ("x",), (None,), (1, "b"), ()]:
    try:
        print(bad, math.log(*bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
for f in (math.log2, math.log10):
    for bad in [0, -1, -(10 ** 500), "s", 0.0]:
        try:
            print(f.__name__, f(bad))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print([round(math.log(n, 2), 6) for n in range(1, 20)])
print([math.log10(10 ** k) for k in range(0, 30)])
