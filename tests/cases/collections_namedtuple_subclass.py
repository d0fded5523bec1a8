from collections import namedtuple

class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

    def __str__(self):
        return f'<{self.x}, {self.y}>'

v = Vector(3, 4)
print(v, repr(v), v.norm, v + Vector(1, 1), v.scaled(2), type(v.scaled(2)).__name__)
print(Vector._make([1, 2]), type(Vector._make([1, 2])).__name__, v._asdict(), v._fields)
print(Vector.__mro__[1].__name__, isinstance(v, tuple), v == (3, 4))

class Employee(namedtuple('Employee', ['name', 'dept', 'salary'], defaults=[0])):
    def raise_salary(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100)))

e = Employee('ann', 'eng', 100)
print(e, e.raise_salary(10), Employee('bob', 'ops'))
staff = [Employee('c', 'x', 5), Employee('a', 'y', 9), Employee('b', 'x', 7)]
print(sorted(staff, key=lambda s: -s.salary)[0].name, [s.name for s in sorted(staff)])
by_dept = {}
for s in staff:
    by_dept.setdefault(s.dept, []).append(s.name)
print(by_dept)
Pair = namedtuple('Pair', 'left right')
match Pair(1, 2):
    case Pair(left=1, right=r):
        print('matched', r)
match Pair('a', 'b'):
    case Pair(l, r):
        print('positional', l, r)
