# format() errors for ints: precision, bad types, grouping clashes, z flag, c range, sign with c
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for spec in [".2", ".2d", "s", "z", "zd", ",b", ",x", ",o", ",c", ",n", "_n", "_c", ",_", "_,", "+c", "#c", "c",
             "y", "5.2s", "=s", "x<", ">>", "10.", ".", ",.", "a<10d", "\x00>5", "d5", "1000000000000000000000d",
             "%", ",%", "_e", "z.1f", "0>+#10_x", "#", "-#", ".0", "=5c", "^10c"]:
    show(lambda: format(1234, spec))
show(lambda: format(-1, "c"))
show(lambda: format(0x110000, "c"))
show(lambda: format(2**100, "c"))
show(lambda: format(10**30, "e"))
show(lambda: format(10**400, "f"))
show(lambda: format(True, "s"))
show(lambda: format(3, 5))
show(lambda: format(3, None))
show(lambda: format())
