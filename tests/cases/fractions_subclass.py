from fractions import Fraction

class Money(Fraction):
    def dollars(self):
        return f"${float(self):.2f}"

m = Money(250, 100)
print(m, repr(m), type(m).__name__, m.dollars(), isinstance(m, Fraction))
print(type(m + 1).__name__, m + 1, type(-m).__name__, m == Fraction(5, 2), hash(m) == hash(2.5))
print(Money.from_float(0.25), type(Money.from_float(0.25)).__name__)
print(Money("1.10"), Money(Fraction(1, 3)), m.limit_denominator(1), type(m.limit_denominator(1)).__name__)

class Named(Fraction):
    def __repr__(self):
        return "Named<" + str(self) + ">"

print(repr(Named(1, 2)), Named(3, 4) * 2, [Named(1, 5)])
print(Fraction(Money(1, 3)), Fraction(1, 3) < Money(1, 2))
