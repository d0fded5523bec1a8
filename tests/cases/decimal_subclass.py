from decimal import Decimal

class Money(Decimal):
    def dollars(self):
        return f"${self:,.2f}"

m = Money("1234.5")
print(m, repr(m), m.dollars(), type(m).__name__, isinstance(m, Decimal))
print(type(m + 1).__name__, m + 1, -m, type(-m).__name__, m == Decimal("1234.50"), hash(m) == hash(Decimal("1234.5")))
print(Money.from_float(0.25), type(Money.from_float(0.25)).__name__, Money(3) * 2)
print(sorted([Money(3), Decimal(1), 2]))
