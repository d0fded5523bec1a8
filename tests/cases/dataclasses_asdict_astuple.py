from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    a: Point
    b: Point
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


ln = Line(Point(0, 0), Point(1, 2), ["t", Point(3, 4)], {"k": Point(5, 6), "n": [1, (2, 3)]})
print(asdict(ln))
print(astuple(ln))
print(asdict(Point(1, 2)))
print(astuple(Point(1, 2)))
d = asdict(ln)
print(d["tags"] is ln.tags, type(d["meta"]).__name__)
print(type(astuple(ln)[2]).__name__)

for bad in (Point, 1, "x", {"a": 1}, None):
    try:
        asdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        astuple(bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(asdict(Point(1, 2), dict_factory=lambda items: list(items)))
print(astuple(Point(1, 2), tuple_factory=list))


@dataclass
class Holder:
    t: tuple
    s: set


print(asdict(Holder((Point(1, 1), 2), {1, 2})))
print(sorted(asdict(ln).items()))
