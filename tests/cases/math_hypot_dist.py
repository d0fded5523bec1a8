import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(-3, -4))
print(math.hypot(), math.hypot(7), math.hypot(-7.5), math.hypot(0, 0, 0))
print(math.hypot(1, 2, 3, 4, 5), math.hypot(*range(20)), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(1e308, 1e308), math.hypot(1e-310, 3e-310), math.hypot(5e-324, 5e-324))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 3), math.hypot(-math.inf, 1))
print(math.hypot(2 ** 60, 1), math.hypot(True, True))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)))
print(math.dist([], []), math.dist(range(5), range(5, 10)), math.dist((1, 1), [2, 2]))
print(math.dist((0.1, 0.2), (0.3, 0.4)), math.dist((1e200, 1e200), (-1e200, -1e200)))
for args in [((1, 2), (1, 2, 3)), ((1, 'a'), (2, 3)), (1, 2), ((1,),)]:
    try:
        print(math.dist(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [('a',), (1, None)]:
    try:
        print(math.hypot(*args))
    except Exception as e:
        print(type(e).__name__, e)
pts = [(i * 0.37, (i * i) % 17 - 8.5) for i in range(30)]
total = 0.0
for a, b in zip(pts, pts[1:]):
    total += math.dist(a, b)
print(total, [math.hypot(*p) for p in pts[:8]])
