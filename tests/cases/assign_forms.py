# assign: chained, starred, nested unpacking, swap, augmented on attributes and subscripts
a = b = []
a.append(1)
print(a, b, a is b)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(p, q), [r, (s, t)] = (1, 2), [3, (4, 5)]
print(p, q, r, s, t)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
class Box:
    pass
box = Box()
box.n = 5
box.n += 10
box.items = [1, 2]
box.items[0] += 100
box.items += [3]
print(box.n, box.items)
d = {"k": 1}
d["k"] += 1
d["j"] = d.get("j", 0) - 1
m = [[0, 0], [0, 0]]
m[1][0] -= 7
m[0] *= 2
print(d, m)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
n = 10
n //= 3; n **= 3; n %= 5; n <<= 4; n |= 1; n ^= 3; n &= 0xFE; n >>= 1
print(n)
