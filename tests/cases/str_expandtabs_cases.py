# str.expandtabs: default and custom tab sizes, columns reset by newlines, zero/negative sizes
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "a\tbc\tdef\tg\n\tx\ry\tz"
for n in [8, 4, 1, 0, -1, 3]:
    print(n, repr(s.expandtabs(n)))
print(repr("\t".expandtabs()), repr("12345678\t9".expandtabs()), repr("é\tx".expandtabs(4)))
print(repr("a\tb".expandtabs(tabsize=2)), repr("".expandtabs()), repr("no tabs".expandtabs(2)))
show(lambda: "a\tb".expandtabs("4"))
show(lambda: "a\tb".expandtabs(4.0))
show(lambda: "a\tb".expandtabs(size=4))
