import math
inf, nan = math.inf, math.nan

def show(x, y):
    try:
        print(repr(x), repr(y), repr(math.pow(x, y)))
    except Exception as e:
        print(repr(x), repr(y), type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, inf, -inf, nan]
for x in vals:
    for y in [0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, inf, -inf, nan]:
        show(x, y)
show(2, 1024)
show(2, -1075)
show(-8, 1 / 3)
show(10, 308)
show(10, 309)
show(1.0000001, 1e10)
show(2, 10 ** 400)
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(9, 0.5), math.pow(-2, 3), math.pow(1.5, -2))
