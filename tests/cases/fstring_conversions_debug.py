# fstring: !r !s !a conversions and the = debug specifier with spacing and format specs
name = "Zoë"
val = 3.14159
items = [1, "a"]
print(f"{name!r} {name!s} {name!a} {items!r} {'q'!r:>6}")
print(f"{name=}")
print(f"{val=:.2f}")
print(f"{items = }")
print(f"{val * 2=}")
print(f"{name=!s}")
print(f"{len(items)=} {items[0] + 1 = }")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s} {p=} {p=!s}")
