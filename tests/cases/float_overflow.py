# float: OverflowError for huge powers, int->float conversions and float->int of inf/nan
tests = [lambda: 2.0 ** 10000, lambda: 10.0 ** 400, lambda: float(10 ** 400), lambda: 10 ** 400 / 1, lambda: (10 ** 400) * 1.0,
         lambda: int(float("inf")), lambda: round(float("inf")), lambda: 1e308 ** 2]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(10 ** 400 // 10 ** 398, 1e308 + 1e308, 2.0 ** 1023)
