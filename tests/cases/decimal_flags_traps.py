from decimal import *
c = getcontext()
c.clear_flags()
print(c.flags[Inexact], c.flags[Rounded], c.traps[DivisionByZero], c.traps[Inexact])
x = Decimal(1) / 3
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(c)
c.clear_flags()
c.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, c.flags[DivisionByZero])
c.traps[DivisionByZero] = True
c.traps[InvalidOperation] = False
print(Decimal("xyz"), Decimal(0) / 0, Decimal("inf") - Decimal("inf"), Decimal(-1).sqrt())
print(c.flags[InvalidOperation])
c.traps[InvalidOperation] = True
c.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print("Inexact:", e, type(e).__mro__[1].__name__)
c.traps[Inexact] = False
c.traps[FloatOperation] = True
try:
    Decimal(1.5)
except FloatOperation as e:
    print("FloatOperation:", e, isinstance(e, TypeError))
try:
    Decimal(1) < 1.5
except FloatOperation as e:
    print("FloatOperation:", e)
print(Decimal(1) == 1.0)
c.traps[FloatOperation] = False
print(repr(c.flags))
print(repr(c.traps))
c.clear_flags()
c.clear_traps()
print(c, Decimal(1) / 0)
c.traps = Context(traps=[InvalidOperation, DivisionByZero, Overflow]).traps
c.clear_flags()
print(c)
try:
    c.traps = [Inexact]
except TypeError as e:
    print(e)
for exc in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow,
            Underflow, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(exc.__name__, exc.__module__, [b.__name__ for b in exc.__bases__], issubclass(exc, ArithmeticError))
try:
    Decimal("1e999999") * 10
except Overflow as e:
    print(type(e).__name__, e, isinstance(e, Inexact), isinstance(e, Rounded))
try:
    Decimal(10) // Decimal("1e-30")
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal(0) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError caught:", type(e).__name__, e)
