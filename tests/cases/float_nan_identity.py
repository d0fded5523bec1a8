# float: each float("nan") is a distinct object; containers use identity first, so the same nan is found
a = float("nan")
b = float("nan")
c = a
print(a is c, a is b, a == a, a != b, [a] == [c], [a] == [b], a in [c], b in [a], (a, 1) == (c, 1))
s = {a, b, c}
d = {a: "first", b: "second"}
print(len(s), len(d), d[a], d[c], d.get(b), d.get(float("nan"), "missing"), a in s, float("nan") in s, hash(a) == hash(c))
lst = [1.0, a, 2.0, b]
print(lst.count(a), lst.index(b), lst.index(a), [x for x in lst if x == x], sorted([3.0, 1.0]), repr(float("-nan")), str(b))
print(max([a, 1.0]), min([1.0, a]), a + 1, a * 0, a > 1, a < 1, float("nan") is float("nan"), float.fromhex("nan") == float.fromhex("nan"))
e = [a, b]
e.remove(b)
print(len(e), e[0] is a, tuple(e) == (a,), {0: a} == {0: a}, {0: a} == {0: b})
