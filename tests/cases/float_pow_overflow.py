# float: ** overflow raises OverflowError with the errno tuple; other overflow and underflow results
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075, 10.0 ** -400, (-2.0) ** 3, (-2.0) ** -3, 2 ** 0.5, 1.0 ** float("inf"))
print((-1.0) ** float("inf"), 0.5 ** float("inf"), 2.0 ** float("-inf"), float("inf") ** 0, float("nan") ** 0, 1 ** float("nan"))
print(float("inf") ** -1, float("-inf") ** 3, float("-inf") ** 2, (-0.0) ** 3, 0.0 ** 3, 4.0 ** 0.5, pow(2.5, 2))
for f in [lambda: 2.0 ** 1024, lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: 1e200 * 1e200 > 0 and 1e308 ** 2,
          lambda: 2 ** 1024.0, lambda: pow(10.0, 309), lambda: 1.5 ** 10000]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e, e.args)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 1e-320 / 1e10, 2.0 ** 1023 * 2)
