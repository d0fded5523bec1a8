import math
xs = [0.001, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 4.25, 5, 7.5, 10, 20.5, 23, 24, 30.3, 50, 100.7, 140.5, 150, 170.5, 171.6]
for x in xs:
    print(x, math.gamma(x), math.lgamma(x), math.gamma(-x) if x != int(x) else None, math.lgamma(-x) if x != int(x) else None)
for x in [1e-25, -1e-25, 1e-10, -3.5, -10.1, -100.3, -170.9, -180.3, -199.99, 1e10, 1e300]:
    try:
        print(x, math.gamma(x))
    except Exception as e:
        print(x, type(e).__name__, e)
    print(x, math.lgamma(x))
print([math.gamma(n) for n in range(1, 25)])
for x in [-6, -3, -1, -0.5, -0.1, -1e-5, 0, 1e-8, 0.1, 0.3, 0.5, 0.84, 0.9, 1, 1.25, 1.5, 2, 2.5, 2.9, 3, 4, 5.9, 6, 10, 27, 28, 30]:
    print(x, math.erf(x), math.erfc(x))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erf(math.nan))
print(math.erf(1e-310), math.erf(-5e-324), math.erfc(1e-20))
