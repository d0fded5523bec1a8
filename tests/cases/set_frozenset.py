# frozenset: repr, hashing, use as dict keys and set elements, mixed ops keep left type
f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset("aab"), repr(frozenset({frozenset({1})})))
print(f | {4}, type(f | {4}).__name__, {4} | f, type({4} | f).__name__, f & {1}, f - {1}, f ^ {1, 9})
d = {f: "fs", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()], hash(frozenset()) == hash(frozenset([])), {f, frozenset([1, 2, 3])})
print(f.union([7]), f.copy() == f, f.issubset({1, 2, 3, 4}), len(f), sorted(f), 2 in f)
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print({frozenset({1, 2}), frozenset({2, 1})}, set([frozenset()]))
