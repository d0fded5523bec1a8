import random
random.seed(123)
print("uniform", [random.uniform(1, 10) for _ in range(20)])
print("uniform ints", [random.uniform(-5, 5) for _ in range(5)], random.uniform(2, 2))
print("triangular", [random.triangular(0, 10, 3) for _ in range(20)])
print("triangular default", [random.triangular() for _ in range(5)], random.triangular(1, 1), random.triangular(0, 1, 5))
print("gauss", [random.gauss(0, 1) for _ in range(20)])
print("gauss mu", [random.gauss(100, 15) for _ in range(5)])
print("normal", [random.normalvariate(5, 2) for _ in range(20)])
print("lognorm", [random.lognormvariate(0, 0.5) for _ in range(20)])
print("expo", [random.expovariate(1.5) for _ in range(20)])
print("vonmises", [random.vonmisesvariate(1, 4) for _ in range(10)], [random.vonmisesvariate(0, 0) for _ in range(3)])
print("gamma", [random.gammavariate(0.5, 2) for _ in range(10)], [random.gammavariate(1, 3) for _ in range(5)])
print("gamma big", [random.gammavariate(9, 0.5) for _ in range(10)])
print("beta", [random.betavariate(2, 5) for _ in range(20)])
print("pareto", [random.paretovariate(3) for _ in range(20)])
print("weibull", [random.weibullvariate(1, 1.5) for _ in range(20)])
for f, args in [(random.gammavariate, (0, 1)), (random.gammavariate, (1, -1)), (random.betavariate, (0, 1)),
                (random.expovariate, (0,)), (random.paretovariate, (0,)), (random.weibullvariate, (1, 0)),
                (random.expovariate, ()), (random.uniform, (1,)), (random.lognormvariate, (0,))]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
