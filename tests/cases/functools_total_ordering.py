from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]), max(Version(3), Version(2, 9)))

@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(Gt(1) < Gt(2), Gt(1) <= Gt(1), Gt(2) >= Gt(3))

@total_ordering
class Le:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __le__(self, o):
        return self.v <= o.v
print(Le(1) < Le(2), Le(2) > Le(1), Le(2) >= Le(2), Le(1) < Le(1))

@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(Ge(1) < Ge(2), Ge(2) > Ge(1), Ge(2) <= Ge(2), Ge(1) > Ge(1))

@total_ordering
class NI:
    def __lt__(self, o):
        return NotImplemented
try:
    NI() > NI()
except TypeError as e:
    print('TypeError', e)
class Nothing:
    pass
try:
    total_ordering(Nothing)
except ValueError as e:
    print('ValueError', e)
print(Version.__gt__.__name__ if hasattr(Version.__gt__, '__name__') else '?')
