import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder=" >>"))
print(repr(textwrap.shorten("", 10)))
print(repr(textwrap.shorten("   spaced    out   text  ", 100)))
print(textwrap.shorten("abcdefghijklmnop qrst", 15))
print(textwrap.shorten("a b", 5))
try:
    print(textwrap.shorten("Hello world", width=3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(textwrap.shorten("Hello world", width=5, placeholder=" [...more...]"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(textwrap.shorten("Hello", 0))
except ValueError as e:
    print(type(e).__name__, e)
