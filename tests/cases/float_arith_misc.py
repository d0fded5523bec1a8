# float: mixed int/float arithmetic, augmented ops, and precision artifacts printed exactly
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, 1.1 + 2.2, 3.3 - 1.1, 0.1 * 3, 1.0 / 3 * 3, 2 / 3 + 1 / 3, 100 * 1.1, 7 / 10)
y = 10
y /= 4
print(y, type(y).__name__, 5 + 2.0, 5 - 2.0, 5 * 2.0, 2 ** 0.5, 10 ** -1, 2 ** 70 * 1.0, 1e16 + 1, 1e16 + 2)
z = 7.5
z //= 2
z **= 2
z %= 5
print(z, -z, +z, abs(-z), 1e-5 * 3, 123456.789 * 1000, 0.1 ** 2, 1.15 * 100, 4.35 * 100, 1 - 1e-16)
print(sum([1.5, 2.5, 3]), sum([0.1, 0.2, 0.3]), max([1, 2.0, 2]), min(-1, -1.0), 3 * 1.0 == 3, [0.1 * i for i in range(4)])
