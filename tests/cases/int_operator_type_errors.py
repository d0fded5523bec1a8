# int/float: TypeError wording for unsupported operand types, including augmented and 3-arg pow forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1 + "a"); t(lambda: 1.5 * "a"); t(lambda: 1 - None); t(lambda: None ** 2); t(lambda: 2 ** None); t(lambda: ~1.5)
t(lambda: 1 < "a"); t(lambda: 1.0 >= None); t(lambda: divmod(1, "a")); t(lambda: pow(1, "a")); t(lambda: pow(2, 3, "x"))
t(lambda: pow(2.0, 3, 5)); t(lambda: pow(2, 3, 5.0)); t(lambda: pow(2.0, 3, "x")); t(lambda: pow("a", 2, 3)); t(lambda: 1 / "a")
t(lambda: 3 & 1.0); t(lambda: 3 << 1.0); t(lambda: 1.5 | 2); t(lambda: 2 ^ 1.5); t(lambda: True & 1.5); t(lambda: True + "a"); t(lambda: -"a")
for code in ["<<=", "@=", "|=", "+="]:
    x = 1
    try:
        if code == "<<=":
            x <<= 1.5
        elif code == "@=":
            x @= 2
        elif code == "|=":
            x |= 2.5
        else:
            x += "s"
    except TypeError as e:
        print("TypeError:", e)
y = 2.5
y **= 2
print(y)
y @= 1.0
