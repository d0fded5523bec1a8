# class: properties are inherited and can be overridden; property using other properties; computed attributes
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def describe(self):
        return f"{type(self).__name__} {self.w}x{self.h} area={self.area}"
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def area(self):
        return super().area
    @property
    def side(self):
        return self.w
    @side.setter
    def side(self, v):
        self.w = self.h = v
s = Square(3)
print(s.describe, s.area)
s.side = 5
print(s.describe, Rect(2, 7).describe)
print(isinstance(Square.side, property), Square.area is Rect.area)
