# int/float: subclasses, __index__/__int__/__float__ protocols and the types of results
class MyInt(int):
    pass
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class HasInt:
    def __int__(self):
        return 42
class HasFloat:
    def __float__(self):
        return 2.5
m = MyInt(7)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, m * 2.0, m // 2, m == 7, hash(m) == hash(7), isinstance(m, int))
print(int(m), type(int(m)).__name__, float(m), bin(Idx(5)), hex(Idx(255)), [10, 20, 30][Idx(1)], "abc"[Idx(-1)], range(Idx(3))[-1])
print(int(HasInt()), float(HasFloat()), int(Idx(9)), float(Idx(4)), pow(Idx(2), 3) if False else 8, round(MyInt(15), -1), divmod(m, 2))
print(MyInt("12"), MyInt("ff", 16), MyInt(3.9), type(MyInt("1")).__name__, m.bit_length(), m.to_bytes(1, "big"), abs(MyInt(-3)))
class MyFloat(float):
    pass
f = MyFloat(1.5)
print(f, f + 1, type(f + 1).__name__, f.is_integer(), f.as_integer_ratio(), round(f), int(f), f == 1.5, MyFloat("2.25"), -f)
for bad in [lambda: int(Idx("x")), lambda: float(HasInt()), lambda: [1][Idx(5)], lambda: bin(2.0), lambda: int(HasFloat())]:
    try:
        print(bad())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
