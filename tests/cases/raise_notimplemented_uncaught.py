# raise: uncaught NotImplementedError from an abstract-style base method called via subclass
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

class Blob(Shape):
    pass

print(Square(3).describe())
print(Blob().describe())
