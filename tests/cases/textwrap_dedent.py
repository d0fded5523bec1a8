import textwrap

print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.dedent("\ta\n        b")))
print(repr(textwrap.dedent("  a\n\n  b")))
print(repr(textwrap.dedent("  a\n   \n  b")))
print(repr(textwrap.dedent("no indent\n  indented")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.dedent("   ")))
print(repr(textwrap.dedent("    x\n  y\n      z")))
print(repr(textwrap.dedent("  a\r\n  b")))
print(repr(textwrap.dedent("  a  \n  b  ")))
print(repr(textwrap.dedent(" \t a\n \t b")))
for bad in [None, 5, b"  x"]:
    try:
        textwrap.dedent(bad)
    except Exception as e:
        print(type(e).__name__, e)
