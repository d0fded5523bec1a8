# int: comparisons between ints, big ints, floats and bools, chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 > 1e19, 10 ** 400 > 1e308, -(10 ** 400) < float("-inf"), 10 ** 400 < float("inf"))
print(0 == -0, 0 == -0.0, 1 != 1.0000001)
print(float("nan") == float("nan"), 1 < float("nan"), 1 > float("nan"))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(sorted([3, 1.5, True, -2, 10 ** 20, 0.0]))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print(1 < 2 > 1 < 3, (1 < 2) > 1)
