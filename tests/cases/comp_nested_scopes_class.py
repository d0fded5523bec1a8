# comp: comprehensions inside functions see enclosing locals; nested comprehension references outer loop var
def table(n):
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table(3):
    print(row)
def pairs(items):
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1:]]
print(pairs("abcd"))
def filtered(limit):
    return {k: [v for v in range(k) if v < limit] for k in range(4)}
print(filtered(2))
x = 10
print([x for x in range(3)], x, [y for y in range(x, x + 2)])
print([[c for c in w] for w in ["ab", "c"]], [(w, c) for w in ["ab", "c"] for c in w])
