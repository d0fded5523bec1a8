# f-string !s !r !a conversions on many types, combined with specs and user __str__/__repr__/__format__
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class U:
    def __str__(self):
        return "U-str"
    def __repr__(self):
        return "U-repr"
    def __format__(self, spec):
        return "U-format(" + spec + ")"
u = U()
print(f"{u}", f"{u!s}", f"{u!r}", f"{u!a}", f"{u:xyz}", f"{u!s:>8}", f"{u!r:*<9}")
for v in ["é\n", 1.5, None, [1, "a"], b"b", ("t",), {1}, True, -0.0, 10**20]:
    print(f"{v}|{v!s}|{v!r}|{v!a}|{v!r:>12}|{v!s:.3}")
print(f"{'€'!a}", f"{'😀'!a}", f"{chr(92)!r}", f"{chr(39)!r}", f"{chr(0)!r}")
show(lambda: f"{u!r:d}")
show(lambda: f"{1.5!s:d}")
show(lambda: f"{[1]:>5}")
show(lambda: f"{None:d}")
