# match: class patterns with __match_args__ positional and keyword sub-patterns on hand-written classes
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=xx, y=yy):
            return f"point {xx},{yy}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=c, radius=r) as circ:
            return f"circle {c} r={r} {type(circ).__name__}"
        case int(v) | str(v):
            return f"builtin {v!r}"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Circle(Point(0, 0), 4), Circle(Point(1, 1), 2), 7, "s", 1.5]:
    print(where(o))
