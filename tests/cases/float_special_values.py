# float: arithmetic with inf and nan, signed zero propagation, and nan comparisons
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf / 2, 1 / inf, -1 / inf, inf / inf, nan + 1, nan * 0)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan < nan, inf == float("infinity"), max(inf, 1))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, abs(-0.0), -(0.0), +(-0.0), 0.0 / -1, -0.0 == 0)
print(str(inf), repr(-inf), str(nan), bool(nan), bool(0.0), bool(-0.0), sum([0.1] * 10), 0.1 * 10, sum([inf, -inf]))
print(1e308 + 1e308, -1e308 - 1e308, 5e-324 / 2, 5e-324 * 0.5, 2.5e-324 == 5e-324, 1e-323 / 2)
print(sorted([3.0, nan, 1.0]) if False else "skip", min(0.0, -0.0), max(-0.0, 0.0), round(-0.0), -0.0 < 0.0)
