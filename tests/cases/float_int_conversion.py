# float: conversions between float and int, truncation toward zero, large floats to int
for v in [3.7, -3.7, 0.5, -0.5, 1e15 + 0.5, 2.0 ** 60, -2.5e-10, 123456789.99]:
    print(v, int(v), round(v), float(int(v)))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10, int(2.0 ** 100) == 2 ** 100)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, float(7 // 2), 1 / 3 * 3 == 1, 0.1 * 10 == 1.0)
