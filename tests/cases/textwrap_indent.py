import textwrap

print(repr(textwrap.indent("a\nb\nc", "> ")))
print(repr(textwrap.indent("a\n\nb\n", "  ")))
print(repr(textwrap.indent("a\n  \nb", "+")))
print(repr(textwrap.indent("a\nb", "# ", lambda line: True)))
print(repr(textwrap.indent("a\nbb\nccc", "-", lambda line: len(line.strip()) > 1)))
print(repr(textwrap.indent("", "x")))
print(repr(textwrap.indent("x\r\ny\r\n", "  ")))
print(repr(textwrap.indent("one", "")))
print(repr(textwrap.indent("a\nb", prefix="..")))
print(textwrap.indent(textwrap.dedent("""\
    hello
      world
    """), "| "), end="")
try:
    textwrap.indent("a", 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.indent(None, "x")
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.indent("a")
except Exception as e:
    print(type(e).__name__, e)
