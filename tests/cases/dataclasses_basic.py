from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(repr(p))
print(Point(3))
print(Point(x=5, y=6))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(p.x, p.y)
p.x = 10
print(p)
print(Point.__init__.__name__ if hasattr(Point.__init__, "__name__") else "?")
print(Point.__match_args__)
print(sorted(Point.__dataclass_fields__))
print(Point.y)
print(hasattr(Point, "x"))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())


@dataclass
class Named:
    name: str
    tags: list = None


n = Named("a")
print(n, n.tags)
print(Named("b", ["x"]))


@dataclass
class Nested:
    p: Point
    label: str = "pt"


print(Nested(Point(1, 2)))
print(Nested(Point(1, 2)) == Nested(Point(1, 2)))


class Plain:
    def __init__(self):
        self.a = 1


@dataclass
class WithStr:
    s: str
    f: float = 1.5

    def __str__(self):
        return f"WithStr<{self.s}>"


w = WithStr("hi")
print(w)
print(repr(w))
print(str([w]))
print(f"{w!r}")
print(WithStr("a\n'b'"))
