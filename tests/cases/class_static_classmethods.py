# class: @staticmethod, @classmethod alternate constructors and cls in subclasses
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), MyDate.kind(), Date(1, 1, 1).kind())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 2, 3).is_leap(2024), MyDate.is_leap(2023))
class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class Sub(Counter):
    pass
Counter.make(); Sub.make(); Sub.make()
print(Counter.count, Sub.count)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["kind"]).__name__)
