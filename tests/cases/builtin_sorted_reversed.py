# builtin: sorted with key/reverse on various iterables, reversed on sequences and errors
print(sorted("hello"), sorted((3, 1, 2), reverse=True), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted([]))
print(sorted(["a10", "a9", "a100"]), sorted(["a10", "a9", "a100"], key=lambda s: int(s[1:])))
print(sorted([(1, "b"), (1, "a"), (0, "c")], key=lambda t: t[0]), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1,))), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
for bad in [{1, 2}, 5, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
