def sq(x):
    return x * x
xs = [1, 2, 3, 4]
print(sum(sq(x) for x in xs), sum((sq(x) for x in xs), 10))
print(list(sq(x) for x in xs), tuple(x for x in xs if x % 2), set(x % 2 for x in xs))
print(sorted((-x for x in xs), key=abs, reverse=True), min(x for x in xs), max((x for x in xs), default=0))
print(any(x > 3 for x in xs), all(x > 3 for x in xs), any(x > 9 for x in []), all(x for x in []))
print(",".join(str(x) for x in xs), dict((x, x * 2) for x in xs), frozenset(x for x in xs))
g = (x for x in xs)
print(any(x > 1 for x in g), list(g))
def gen():
    yield 1
    yield from [2, 3]
    return 9
print(list(gen()), sum(gen()))
g = gen(); next(g)
print(list(g), list(g))
def bad():
    yield 1
    raise ValueError("boom")
try:
    sum(bad())
except ValueError as e:
    print("caught", e)
print(sum(x for x in ["a"]) if False else "ok")
try:
    sum(str(x) for x in xs)
except TypeError as e:
    print(e)
try:
    max(x for x in [])
except ValueError as e:
    print(e)
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
print(any(v == 1 for v in noisy(5)))
print(all(v < 1 for v in noisy(5)))
print(list(noisy(2)), sorted(noisy(2), reverse=True))
g = noisy(3)
print(next(g), list(g), sum(g))
def inner():
    g = (x for x in range(3))
    print(list(g), list(g), tuple(g))
inner()
class Truthy:
    def __bool__(self):
        print("bool called")
        return True
print(any(Truthy() for _ in range(3)))
print(min((x for x in []), default="empty"), max((x for x in [3, 1]), key=lambda v: -v))
print(dict(zip("ab", range(2))), list(zip(x for x in "ab")))
def running():
    yield list(me)
me = running()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)
try:
    dict(x for x in [1])
except TypeError as e:
    print("TypeError", e)
sum(x / 0 for x in xs)
