# with: nested with statements and multiple items exit in reverse order, inner suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, "with", et.__name__ if et else None)
        return self.suppress
with CM("outer"):
    with CM("inner", suppress=True):
        raise ValueError("x")
    print("after inner")
with CM("a") as a, CM("b", suppress=True) as b, CM("c") as c:
    print("body", a.name, b.name, c.name)
    raise KeyError("k")
print("done")
with (CM("p1"), CM("p2")):
    print("parenthesized")
