import textwrap

print(textwrap.wrap("a\tb\tc", 100))
print(textwrap.wrap("a\tb", 100, tabsize=2))
print(textwrap.wrap("a\vb\fc\rd", 100))
print(textwrap.wrap("a\vb\fc\rd", 100, replace_whitespace=False))
print(textwrap.wrap("  leading", 20))
print(textwrap.wrap("  leading", 20, drop_whitespace=False))
print(textwrap.wrap("word      word", 5, drop_whitespace=False))
print(textwrap.wrap("a  b  c", 1))
print(textwrap.wrap("a\u00a0b c", 3))
print(textwrap.wrap("para one.\n\npara two.", 40))
print(textwrap.fill("x   y", 100))
print(textwrap.wrap("one  two", 4, drop_whitespace=False))
