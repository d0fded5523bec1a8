# str: literal forms — triple quotes, implicit concatenation, raw strings, escapes, line continuation
a = """line1
line2"""
b = '''single "quoted" triple'''
c = "implicit " 'concat ' "works"
d = r"raw\n\t\\" + "|"
e = "continued \
line"
f = "\x41\u00e9\U0001F600\N{BULLET}\101\0end"
print(a, b, c, d, e, sep="\n")
print(repr(f), len(f))
print(repr("\a\b\f\v"), "\\" == chr(92), len("\\n"), len(r"\n"))
print(("a"
       "b"
       "c"), "" "", len(""""""))
