import random
random.seed(2024)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(1, 7) for _ in range(20)])
print([random.randrange(0, 100, 5) for _ in range(20)])
print([random.randrange(100, 0, -7) for _ in range(20)])
print([random.randrange(-50, 50, 3) for _ in range(20)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-3, 3) for _ in range(20)])
print([random.randint(0, 2**70) for _ in range(5)])
print([random.randrange(10**30) for _ in range(3)])
print([random.randrange(-10**20, 10**20, 7) for _ in range(3)])
print([random.randint(5, 5) for _ in range(3)], random.randrange(True), random.randrange(1, 2))
for args in [(0,), (-5,), (5, 5), (5, 1), (0, 10, 0), (10, 0, 2), (None,), (1, None, 2)]:
    try:
        print(args, random.randrange(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [(5, 1), (1,), ("a", "b")]:
    try:
        print(args, random.randint(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
