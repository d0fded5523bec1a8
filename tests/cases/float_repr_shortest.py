# float: shortest round-trip repr of various values
vals = [0.1 + 0.2, 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, 1.5e300, 1e22, 1e23,
        5e-324, 1.7976931348623157e308, 100.0, 2.5, -0.0, 0.0, 1e-7, 12345.678, 3.0e-10, 9007199254740993.0, 0.3, 1.1 * 3]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"), float("  -Infinity "), float("NaN"))
print(float("1e500"), float("-1e500"), 1e500 - 1e500)
print([0.1, -0.0, float("inf")], (1e100,))
