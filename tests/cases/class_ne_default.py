# class: __ne__ defaults to the inverse of __eq__; __eq__ returning non-bool values
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
print(Box(1) == Box(1), Box(1) != Box(1), Box(1) != Box(2), Box(1) != 1)
class Weird:
    def __eq__(self, other):
        return [1]
    def __ne__(self, other):
        return ""
w = Weird()
print(w == 1, w != 1, bool(w == 1), "eq" if w == 0 else "not eq")
class Inverse:
    def __ne__(self, other):
        return True
i = Inverse()
print(i == i, i != i, i == Inverse())
