import operator as op

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __bool__(self):
        return self.cents != 0
    def __getitem__(self, i):
        return str(self.cents)[i]
    def __contains__(self, d):
        return str(d) in str(self.cents)
    def __repr__(self):
        return f'${self.cents / 100:.2f}'

a, b = Money(150), Money(275)
print(op.add(a, b), op.sub(b, a), op.mul(a, 3), op.neg(a), op.abs(Money(-5)), op.add(5, a))
print(op.eq(a, Money(150)), op.ne(a, b), op.lt(a, b), op.gt(a, b), op.truth(Money(0)), op.not_(a))
print(op.getitem(b, 0), op.contains(b, 7), op.contains(b, 9), sum([a, b], Money(0)))
print(sorted([b, a, Money(1)]), op.countOf([a, b, Money(150)], a), op.indexOf([b, a], a))
try:
    op.truediv(a, 2)
except TypeError as e:
    print('TypeError', e)
try:
    op.le(a, b)
except TypeError as e:
    print('TypeError', e)
