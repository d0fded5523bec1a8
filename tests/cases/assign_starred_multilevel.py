# assign: starred targets inside nested targets and in for loops
data = [(1, 2, 3, 4), (5, 6), (7,)]
for first, *others in data:
    print(first, others)
(a, *b), c = "xyz", 9
print(a, b, c)
[x, [y, *z]] = [0, range(4)]
print(x, y, z)
*everything, = (1, 2)
print(everything)
print([*range(3), *"ab"], (*[1, 2], 3), {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2})
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4), f(*""), f(*{"k": 0}))
