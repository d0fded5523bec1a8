# list: +, *, +=, comparisons, nested and recursive reprs, aliasing with *
a = [1, 2]
b = a * 3
c = [[0] * 2] * 2
c[0][0] = 9
print(b, c, [] * 5, [None] * 2, a + [3], [1, [2, [3, [4]]]])
a += (5, 6)
a += "xy"
print(a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2], [1, "a"] == [1, "a"], [1] != [1.0])
r = [1, 2]
r.append(r)
print(r, len(r))
s = [r, r]
print(s)
d = {"k": []}
d["k"].append(d)
print(d)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3] * -1, list(), list("ab"), list((1, 2)), list(range(3)), list({"x": 1}))
