# list: modifying a list while iterating, del in loop, copy semantics
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
for x in b:
    if len(b) < 6:
        b.append(x * 10)
print(b)
c = [[1], [2]]
d = c[:]
d[0].append(99)
d.append([3])
print(c, d)
e = f = []
e.append(1)
print(f, e is f)
g = list(c)
print(g == c, g is c, g[0] is c[0])
