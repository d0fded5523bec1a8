import math
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 3.75, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, math.inf, -math.inf, 123456789]:
    m, e = math.frexp(x)
    print(repr(x), m, e, math.ldexp(m, e) == x, math.modf(x))
print(math.frexp(math.nan), math.modf(math.nan), math.modf(-2.5), math.modf(7), math.modf(-0.0))
for m, e in [(0.5, 1), (1.0, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (1.5, -1074), (3.0, -1076), (0.75, -1073),
             (1.0, 10 ** 30), (1.0, -10 ** 30), (0.0, 10 ** 30), (math.inf, -5), (-2.5, 3), (1, True), (5e-324, 1074), (1e-320, -100)]:
    try:
        print(m, e, math.ldexp(m, e))
    except Exception as e:
        print(m, type(e).__name__, e)
for args in [(1.0, 2.0), ("a", 1), (1.0, "2")]:
    try:
        print(math.ldexp(*args))
    except Exception as e:
        print(type(e).__name__, e)
