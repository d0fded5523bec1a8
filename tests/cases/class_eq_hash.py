# class: __eq__ and __hash__ — unhashable when __eq__ without __hash__, hash consistency, set dedupe
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
p1, p2 = Point(1, 2), Point(1, 2)
print(p1 == p2, p1 is p2, p1 != p2, {p1, p2}, {p1: "a"}[p2], hash(p1) == hash((1, 2)), p1 == (1, 2))
print(NoHash.__hash__, NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NoHash(3))
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
d = Default()
print(d == d, d == Default(), d != Default(), hash(d) == hash(d), len({d, d}))
