import math

class Temp:
    def __init__(self, v):
        self.v = v
    def __floor__(self):
        return "floor of %s" % self.v
    def __ceil__(self):
        return ("ceil", self.v)
    def __trunc__(self):
        return int(self.v)

class FloatLike:
    def __float__(self):
        return 2.75

class IndexLike:
    def __index__(self):
        return 7

for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e-300, 7, -7, True, False, 10**30, 2.999999999999999]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(1e300) == 10**300, math.ceil(1.5e16), math.floor(-4.5e15))
t = Temp(3.7)
print(math.floor(t), math.ceil(t), math.trunc(t))
print(math.floor(FloatLike()), math.ceil(FloatLike()))
print(math.floor(IndexLike()), math.ceil(IndexLike()))
for bad in ["3.5", None, [1], FloatLike(), IndexLike()]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f.__name__, f(bad))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for v in [math.inf, -math.inf, math.nan]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f.__name__, f(v))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(round(2.5), round(3.5), int(math.floor(-0.5)))
