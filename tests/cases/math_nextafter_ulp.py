import math
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0, -1), math.nextafter(-0.0, 1))
print(math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0), math.nextafter(1e308, math.inf), math.nextafter(-1.7976931348623157e308, -math.inf))
print(math.nextafter(math.nan, 1), math.nextafter(1, math.nan), math.nextafter(5e-324, 0), math.nextafter(2.0, 3) - 2.0)
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(5e-324), math.ulp(math.inf), math.ulp(math.nan))
print(math.ulp(1.7976931348623157e308), math.ulp(2 ** 52), math.ulp(2 ** 53), math.ulp(123.456), math.ulp(True))
x = 1.0
steps = []
for _ in range(5):
    x = math.nextafter(x, 0)
    steps.append(x)
print(steps)
for args in [(1,), ("a", 1), (1, 2, 3)]:
    try:
        print(math.nextafter(*args))
    except Exception as e:
        print(type(e).__name__, e)
