import math
calls = [
    (math.sqrt, (), {}), (math.sqrt, (1, 2), {}), (math.sqrt, (), {"x": 1}), (math.atan2, (1,), {}),
    (math.log, (), {}), (math.log, (1, 2, 3), {}), (math.pow, (1,), {}), (math.factorial, (), {}),
    (math.comb, (1,), {}), (math.perm, (), {}), (math.perm, (1, 2, 3), {}), (math.fsum, (), {}),
    (math.nextafter, (1,), {}), (math.ldexp, (1,), {}), (math.floor, (), {}), (math.trunc, (1, 2), {}),
    (math.dist, (1,), {}), (math.dist, (1, 2), {}), (math.hypot, (), {"x": 1}), (math.copysign, (1,), {}),
    (math.frexp, (), {}), (math.isqrt, (), {}), (math.ceil, (1, 2), {}), (math.fmod, (1,), {}),
    (math.gcd, (), {"a": 1}), (math.sin, ("0.5",), {}), (math.exp, (None,), {}), (math.fabs, ([1],), {}),
    (math.atan2, ("y", 1), {}), (math.isfinite, ("1",), {}), (math.erf, ((1,),), {}),
]
for f, args, kw in calls:
    try:
        print(f.__name__, f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

class F:
    def __float__(self):
        return 0.25

class BadF:
    def __float__(self):
        return "no"

class I:
    def __index__(self):
        return 3

print(math.sqrt(F()), math.exp(F()), math.hypot(F(), F()), math.pow(F(), 2), math.isclose(F(), 0.25))
print(math.sqrt(I()), math.log(I()), math.atan2(I(), I()), math.fsum([I(), F()]))
try:
    math.sqrt(BadF())
except TypeError as e:
    print(e)
print(repr(math.sqrt), math.sqrt.__name__, math.__name__)
try:
    math.foo
except AttributeError as e:
    print(e)
