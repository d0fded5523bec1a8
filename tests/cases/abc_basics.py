from abc import ABC, abstractmethod, ABCMeta

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class FullSquare(Square):
    def perimeter(self):
        return 4 * self.s

print(type(Shape), type(Shape).__name__, Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}))
print(isinstance(Shape, type), isinstance(Shape, ABCMeta), issubclass(ABCMeta, type))
for cls in (Shape, Square):
    try:
        cls(3)
    except TypeError as e:
        print("TypeError:", e)
fs = FullSquare(3)
print(fs.describe(), fs.perimeter(), isinstance(fs, Shape), isinstance(fs, ABC))
print(sorted(Square.__abstractmethods__), FullSquare.__abstractmethods__)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @staticmethod
    @abstractmethod
    def make(): ...

class Impl(Base):
    @property
    def name(self):
        return "impl"
    @staticmethod
    def make():
        return Impl()

print(Impl.make().name, Impl.__mro__)
try:
    Base()
except TypeError as e:
    print(e)
print(repr(ABC), ABC.__module__, Shape.__module__)
Square(2)
