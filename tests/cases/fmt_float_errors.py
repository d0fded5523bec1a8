# format() errors for floats: bad types, precision missing, clashes, '=' on str, huge widths
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for spec in ["d", "x", "b", "c", "s", "o", "X", ".f", ".", ",n", "_n", ",_", "#,d", "y", "10.2.2f", "=^", "z5d",
             "1e", "+-f", ",x", "_x"]:
    show(lambda: format(1.5, spec))
show(lambda: format(1.5, "." + "9" * 30 + "f"))
show(lambda: format(1.5, "9" * 30))
show(lambda: format(2.5, ".1000f")[:12])
show(lambda: format(1e300, ",.0f")[:20])
