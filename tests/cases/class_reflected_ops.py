# class: reflected operators __radd__/__rsub__/__rmul__ and subclass priority for reflected ops
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("N.__add__")
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        print("N.__radd__")
        return N(o + self.v)
    def __sub__(self, o):
        return N(self.v - o)
    def __rsub__(self, o):
        return N(o - self.v)
    def __mul__(self, o):
        return N(self.v * o)
    __rmul__ = __mul__
    def __repr__(self):
        return f"N({self.v})"
print(N(1) + 2, 2 + N(1), N(1) + N(2), 10 - N(3), N(10) - 3, 3 * N(2), N(2) * 3)
print(sum([N(1), N(2), N(3)]))
class Sub(N):
    def __radd__(self, o):
        print("Sub.__radd__ (preferred)")
        return Sub(o.v * 100 + self.v)
print(N(1) + Sub(2))
try:
    N(1) / 2
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - N(1)
except TypeError as e:
    print("TypeError:", e)
