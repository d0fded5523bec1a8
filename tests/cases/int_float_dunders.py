# int/float: arithmetic and comparison dunders called directly, NotImplemented for foreign types, and super() in subclasses
print((5).__add__(2.0), (5).__eq__(5.0), (5.0).__eq__(5), (5).__lt__(6), (5).__radd__(True), (5.5).__rsub__(1), (5).__pow__(2, 7))
print((5).__rpow__(2), (5.0).__pow__(2), (7).__divmod__(2), (7.5).__rdivmod__(2), (5).__hash__(), (0).__bool__(), (5).__invert__(), (5).__pos__())
print((5).__truediv__(2), (5).__ceil__(), (5).__floor__(), (5.0).__hash__(), (-2.5).__neg__(), (2**70).__mul__(2**70), (7).__rshift__(1), (1).__rlshift__(3))
print(int.__add__(3, 4), float.__mul__(1.5, 2), int.__sub__(10, True), (3).__add__("x"), (3.0).__add__([]), (5).__and__(1.0), (2).__mod__(0.5))
class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __repr__(self):
        return f"Money({int(self)})"
class Temp(float):
    def __sub__(self, other):
        return Temp(float.__sub__(self, other))
m = Money(5) + 7
t = Temp(20.5) - 0.5
print(m, type(m).__name__, m + Money(1), t, type(t).__name__, sum([Money(1), Money(2)], Money(0)), Money(3) * 2, type(Money(3) * 2).__name__)
print(sorted([3, 1.5, 2], key=float.__float__ if False else None), list(map(int.__neg__, [1, -2])), list(map((10).__sub__, [1, 2])))
for f in [lambda: (5).__add__(), lambda: (5).__floordiv__(0), lambda: (5.0).__pow__(2, 3), lambda: int.__add__("a", 1)]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
