# list: shallow copies via slice, list(), copy(); nested mutation visibility; manual deep copy
orig = [[1, 2], [3, 4], "s"]
copies = [orig[:], list(orig), orig.copy(), [*orig]]
orig[0].append(99)
orig[2] = "changed"
for c in copies:
    print(c)
def deep(x):
    if isinstance(x, list):
        return [deep(i) for i in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x
d = deep(orig)
orig[1].append(100)
print(orig, d, d == orig)
grid = [[0] * 3] * 3
grid[0][0] = 1
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(grid, good)
