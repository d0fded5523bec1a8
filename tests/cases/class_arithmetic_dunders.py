# class: full set of arithmetic dunders on a Vector class
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "Vec" + repr(self.c)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    def __truediv__(self, k): return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a // k for a in self.c))
    def __mod__(self, k): return Vec(*(a % k for a in self.c))
    def __pow__(self, k): return Vec(*(a ** k for a in self.c))
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return Vec(*reversed(self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __and__(self, o): return Vec(*(a & b for a, b in zip(self.c, o.c)))
    def __or__(self, o): return Vec(*(a | b for a, b in zip(self.c, o.c)))
    def __xor__(self, o): return Vec(*(a ^ b for a, b in zip(self.c, o.c)))
    def __lshift__(self, k): return Vec(*(a << k for a in self.c))
    def __rshift__(self, k): return Vec(*(a >> k for a in self.c))
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
v, w = Vec(3, 4), Vec(1, 6)
print(v + w, v - w, v * 2, v / 2, v // 2, v % 3, v ** 2, -v, +v, abs(v), ~v, v @ w)
print(v & w, v | w, v ^ w, v << 2, v >> 1, bool(Vec(0, 0)), bool(v), len(v))
print(divmod(7, 2), pow(v, 3))
