# builtin: hash of ints/strs/tuples/floats/bools, callable(), id() identity comparisons
print(hash(42), hash(-1), hash(0), hash(2 ** 64), hash(-(2 ** 64)), hash(True), hash(3.0), hash(0.1), hash(-0.5))
print(hash("montybox"), hash(""), hash(("x", 1, 2.5)), hash(((),)), hash(frozenset({1, 2, 3})))
print(callable(len), callable(int), callable("s"), callable(lambda: 0), callable(None), callable(str.upper), callable([].append))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = None
print(id(x) == id(None), id(True) == id(1 == 1))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({"a": 1})
except TypeError as e:
    print("TypeError:", e)
