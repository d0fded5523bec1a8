from decimal import *
print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, ctx.prec, getcontext().prec, getcontext() is ctx)
print(Decimal(1) / 3, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(Decimal(1) / 3, ctx.rounding, ctx)
with localcontext(Context(prec=4)) as ctx:
    print(Decimal(2).sqrt())
    with localcontext() as inner:
        inner.prec = 8
        print(Decimal(2).sqrt())
    print(Decimal(2).sqrt())
print(Decimal(2).sqrt())
try:
    with localcontext(prec=2):
        print(Decimal(10) / 3)
        raise ValueError("inside")
except ValueError as e:
    print("caught", e, getcontext().prec)
try:
    localcontext(precision=5)
except TypeError as e:
    print(e)
orig = getcontext()
new = Context(prec=4)
setcontext(new)
print(Decimal(1) / 7, getcontext() is new)
setcontext(orig)
print(Decimal(1) / 7)
try:
    setcontext("x")
except TypeError as e:
    print(e)

def money(x):
    with localcontext() as c:
        c.rounding = ROUND_HALF_UP
        return Decimal(x).quantize(Decimal("0.01"))
print(money("2.675"), money("2.665"), money(3), Decimal("2.675").quantize(Decimal("0.01")))
