# tuple: packing/unpacking edge cases — trailing commas, parentheses, tuple() of iterators, nested swaps
a = 1,
b = (1)
c = ()
d = 1, 2,
print(a, b, c, d, type(a).__name__, type(b).__name__, len(d))
x, y, z = "xyz"
(x, y), z = (y, x), z
print(x, y, z)
t = tuple(iter([3, 4]))
print(t, tuple(range(0)), tuple({"k": 1}.items()), tuple(map(str, (1, 2))))
def f():
    return 1, [2, 3]
p, (q, r) = f()
print(p, q, r, f())
print((1, 2) + (), () * 5, (0,) * 3, (1, 2) * 0, ((1, 2),) * 2)
print(tuple("ab") < tuple("b"), (1, 2, 3)[-1:-3:-1], (1, 2, 3)[5:], len(((),)), bool(((),)))
