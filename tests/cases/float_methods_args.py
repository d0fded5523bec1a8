# float: method argument errors, class-level fromhex, and dunder helpers
print(float.fromhex("0x1p3"), (2.5).fromhex("0x1.8p0"), float.is_integer(3.0), float.hex(0.5), float.as_integer_ratio(0.75), (7.9).__int__())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (-0.5).__round__(), (1e300).__trunc__() == int(1e300), (1.0).__float__())
for f in [lambda: (1.5).is_integer(1), lambda: (1.5).hex(2), lambda: float.fromhex(1), lambda: float.fromhex(), lambda: (1.5).__round__("x"),
          lambda: (1.5).as_integer_ratio(0), lambda: float("1", "2"), lambda: float(x="1"), lambda: (1.5).__round__(1, 2)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
