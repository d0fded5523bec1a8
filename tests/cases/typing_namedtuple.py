from typing import NamedTuple, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4)
print(p, repr(p), p.norm2(), p.x, p[1], len(p), tuple(p))
print(Point(1), Point(x=1, y=2), p == (3, 4), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._asdict(), p._replace(y=0), Point._make([5, 6]))
a, b = p
print(a, b, sorted([Point(2, 1), Point(1, 2)]))
print(hash(p) == hash((3, 4)), {p: 1}[Point(3, 4)])
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
e = Employee("ann", 3)
print(e, Employee._fields, Employee.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(NamedTuple):
        _x: int
except ValueError as e:
    print(type(e).__name__, e)


class Node(NamedTuple):
    value: int
    children: List["Node"] = []
    label: Optional[str] = None


n = Node(1, [Node(2)])
print(n)
print(Point.__mro__, Point.__match_args__)
match p:
    case Point(x, y):
        print("matched", x, y)


class Sub(Point):
    def double(self):
        return Point(self.x * 2, self.y * 2)


print(Sub(1, 2).double(), repr(Sub(1, 2)))
