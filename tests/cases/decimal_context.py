from decimal import *
import decimal
c = getcontext()
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, type(c).__name__)
c.prec = 6
print(Decimal(1) / Decimal(7), Decimal("123.456789") + 0, +Decimal("9999999"), Decimal(2).sqrt())
c.rounding = ROUND_DOWN
print(Decimal(2) / 3, Decimal(-2) / 3, Decimal("1.2345678") * 1)
c.rounding = ROUND_CEILING
print(Decimal(2) / 3, Decimal(-2) / 3)
c.rounding = ROUND_HALF_EVEN
c.prec = 28
print(c.Etiny(), c.Etop(), c.copy() is c, c.copy().prec)
for bad in [("prec", 0), ("prec", "5"), ("rounding", "up"), ("rounding", 1), ("Emax", -1), ("Emin", 1), ("capitals", 2), ("clamp", -1)]:
    try:
        setattr(c, bad[0], bad[1])
        print("set", bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(c)
ctx = Context(prec=10, rounding=ROUND_HALF_UP)
print(ctx)
print(ctx.create_decimal("1.23456789012345"), ctx.divide(1, 3), ctx.add(Decimal("1.5"), 2), ctx.power(2, 10))
print(ctx.sqrt(2), ctx.exp(1), ctx.ln(10), ctx.quantize(Decimal("1.2345"), Decimal("0.01")), ctx.compare(1, 2))
print(ctx.create_decimal_from_float(0.1), ctx.abs(Decimal(-2)), ctx.minus(3), ctx.plus(Decimal("1.23456789012")))
print(ctx.divide_int(7, 2), ctx.remainder(7, 2), ctx.divmod(7, 2), ctx.multiply(3, 4), ctx.subtract(1, 3))
print(ctx.to_sci_string(Decimal("1E+3")), ctx.to_eng_string(Decimal("1E+4")), ctx.is_zero(0), ctx.normalize(Decimal("1.200")))
print(Context(), Context(prec=5, traps=[Inexact]), Context(flags=[Rounded], Emax=99, Emin=-99, capitals=0))
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
small = Context(prec=3, capitals=0)
print(small.create_decimal("12345"), small.to_sci_string(Decimal("1E+10")))
try:
    small.divide(1, 1.5)
except TypeError as e:
    print(e)
try:
    Context(prec=-1)
except ValueError as e:
    print(e)
