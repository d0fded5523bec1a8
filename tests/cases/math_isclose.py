import math
print(math.isclose(1.0, 1.0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1e-300, 2e-300))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01), math.isclose(a=1, b=1.0))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(math.inf, 1e308))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(5, 5), math.isclose(-1e-9, 1e-9, abs_tol=2e-9))
print(math.isclose(1, 1.5, rel_tol=0.5), math.isclose(1, 2, rel_tol=1), math.isclose(10 ** 20, 10 ** 20 + 1))
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {"rel_tol": -1}), ((1, 2), {"abs_tol": -0.1}),
                 ((1, 2), {"tol": 1}), (("a", 1), {}), ((1, 2), {"rel_tol": "x"}), ((), {"a": 1})]:
    try:
        print(math.isclose(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
