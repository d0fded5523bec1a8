import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class Shape:
    def __init__(self, name, points):
        self.name = name
        self.points = points

s = Shape('tri', [Point(0, 0), Point(1, 0), Point(0, 1)])
s2 = copy.deepcopy(s)
s2.points[0].x = 99
print(s.points, s2.points, s2.name, type(s2).__name__)
s3 = copy.copy(s)
print(s3.points is s.points, s3 is not s)
class Counted:
    created = 0
    def __init__(self):
        Counted.created += 1
        self.tag = 'x'
c = Counted()
c2 = copy.deepcopy(c)
c3 = copy.copy(c)
print(Counted.created, c2.tag, c3.tag)
class WithNew:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v=0):
        self.v = v
w = copy.deepcopy(WithNew(5))
print(w.v)
class Sub(Point):
    pass
print(copy.deepcopy(Sub(1, [2])), type(copy.copy(Sub(1, 2))).__name__)
