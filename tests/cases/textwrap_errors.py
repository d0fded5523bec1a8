import textwrap

tests = [
    lambda: textwrap.wrap("abc", 0),
    lambda: textwrap.wrap("abc", -1),
    lambda: textwrap.fill("abc", 0),
    lambda: textwrap.wrap("", 0),
    lambda: textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [...]"),
    lambda: textwrap.wrap("abc", 2, initial_indent="xx"),
    lambda: textwrap.wrap(None),
    lambda: textwrap.wrap(123),
    lambda: textwrap.wrap("abc", bogus=1),
    lambda: textwrap.TextWrapper(nope=True),
    lambda: textwrap.fill(),
    lambda: textwrap.TextWrapper(width=5).wrap("a b c", 3),
    lambda: textwrap.wrap("a b", width=1, max_lines=1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
