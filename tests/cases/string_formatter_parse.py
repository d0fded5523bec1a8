from string import Formatter

f = Formatter()
for s in ["a{0}b", "{x!r:>5}", "{{}}", "text", "", "{}{}", "{0[a].b:{w}}", "a}}b{{c", "{:}", "{!s}"]:
    print(repr(s), list(f.parse(s)))
for bad in ["{", "}", "{0", "a{!x}", "{0!}"]:
    try:
        print(list(f.parse(bad)))
    except ValueError as e:
        print(type(e).__name__, e)
print(f.get_field("0", (5,), {}))
print(f.get_field("a.real", (), {"a": 3}))
print(f.get_field("0[1]", ([7, 8],), {}))
