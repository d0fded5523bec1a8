# builtin: repr() and ascii() of various objects, eval-able reprs of containers and floats
for v in [1, -1.5, "s", "é", "\n", b"\xff", [1, "a"], (1,), {"k": (2,)}, {1.5}, None, True, range(2), 1e100, float("-inf")]:
    print(repr(v), ascii(v))
print(repr(repr("q")), ascii("日本"), ascii(["ü", b"\xfc"]))
print(repr(int), repr(str), repr(type), repr(object), repr(Exception), repr(KeyError))
