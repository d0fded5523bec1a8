# exc: assorted ValueError messages
cases = [
    lambda: int("x"), lambda: int("1.5"), lambda: float("abc"), lambda: [1].index(2), lambda: "abc".index("z"),
    lambda: [].remove(1), lambda: (1, 2).index(3), lambda: "a,b".split(""), lambda: chr(-5),
    lambda: range(1, 2, 0), lambda: "{0} {}".format(1, 2), lambda: int("5", 1), lambda: bytes.fromhex("zz"),
    lambda: (1, 2, 3).__getitem__(slice(None, None, 0)),
    lambda: max([]), lambda: int(""), lambda: float("1,5"),
]
for c in cases:
    try:
        c()
    except (ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
