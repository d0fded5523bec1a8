# list: insert with negative/huge indices, extend with itself, generators, strings, dict
a = [1, 2, 3]
a.insert(-1, "x")
a.insert(-100, "first")
a.insert(len(a), "last")
print(a)
b = [1, 2]
b.extend(b)
print(b)
b.extend(x * 10 for x in range(2))
b.extend({"k": 1, "j": 2})
b += range(2)
print(b)
c = [0]
c[len(c):] = [1, 2]
c[:0] = [-1]
print(c, c[::-1], c[-2::-2])
try:
    a.extend(5)
except TypeError as e:
    print("TypeError:", e)
