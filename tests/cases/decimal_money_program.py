# Typical money handling with Decimal.
from decimal import Decimal, ROUND_HALF_UP, getcontext

def money(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

cart = [("widget", "19.99", 3), ("gadget", "4.95", 10), ("gizmo", "0.10", 7)]
subtotal = Decimal("0")
for name, price, qty in cart:
    line = Decimal(price) * qty
    subtotal += line
    print(f"{name:8} {qty:3} x {price:>6} = {line:>8}")
tax = money(subtotal * Decimal("0.0825"))
total = subtotal + tax
print("subtotal", subtotal, "tax", tax, "total", total, f"{total:,.2f}")
split = total / 3
print(split, money(split), money(split) * 3, total - money(split) * 3)
rate = Decimal("0.05")
balance = Decimal("1000")
for year in range(1, 6):
    balance = money(balance * (1 + rate))
    print(year, balance)
print(sum(Decimal("0.1") for _ in range(10)) == Decimal("1.0"), sum([0.1] * 10) == 1.0)
print(sorted([Decimal("10.5"), Decimal("2.25"), Decimal("-1")]), max(Decimal("1.10"), Decimal("1.1")))
print(getcontext().prec, Decimal(1) / Decimal(3) * 3)
amounts = [Decimal("12.345"), Decimal("0.005"), Decimal("99.995")]
print([money(a) for a in amounts], [str(a.quantize(Decimal("0.01"))) for a in amounts])
print(int(Decimal("42.99")), float(Decimal("0.1")), round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.567"), 2))
