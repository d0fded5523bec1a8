from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle {c} r={r}"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), 5]:
    print(describe(s))


@dataclass(match_args=False)
class NoMatch:
    a: int


try:
    match NoMatch(1):
        case NoMatch(1):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
match NoMatch(1):
    case NoMatch(a=1):
        print("kw matched")
