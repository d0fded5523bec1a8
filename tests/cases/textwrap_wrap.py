import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 20))
print(textwrap.wrap(text, width=35))
print(textwrap.wrap("", 10))
print(textwrap.wrap("   ", 10))
print(textwrap.wrap("short", 100))
print(textwrap.wrap("a b c d e f g", 3))
print(textwrap.wrap("one\ntwo\tthree   four", 8))
print(textwrap.wrap("supercalifragilistic word", 6))
print(textwrap.wrap("supercalifragilistic word", 6, break_long_words=False))
print(textwrap.wrap("well-known state-of-the-art thing", 10))
print(textwrap.wrap("well-known state-of-the-art thing", 10, break_on_hyphens=False))
print(textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("trailing spaces    ", 9, drop_whitespace=False))
print(textwrap.wrap("a\tb", 20, expand_tabs=False))
print(textwrap.wrap("a\tb", 20, tabsize=4))
