# builtin: iter()/next() with defaults, iter with sentinel, StopIteration from next
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
s = iter("ab")
print(list(s), list(s))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__, type(iter(d.items())).__name__, type(iter([])).__name__, type(iter(range(2))).__name__)
