# tuple: tuples as dict keys and set members, nested tuples, hash equality with equal contents
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid[(2, 1)], grid.get((5, 5), "none"), (1, 0) in grid, len(grid))
print({(1, 2), (1, 2), (2, 1)}, {((1,), (2,)): "nested"}[((1,), (2,))])
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)))
t = tuple([1, 2, 3])
a, b, c = t
print(a + b + c, t[::-1], tuple(reversed(t)), tuple(x * 2 for x in t), max(t), sum(t), sorted(t, reverse=True))
print(((),), ((), ()), (((1,),),), tuple("é"), tuple({3: 0, 1: 0}))
