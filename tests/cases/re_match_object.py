import re

m = re.search(r"(b+)(c)?", "abbbd")
print(m)
print(repr(m), str(m) == repr(m))
print(m.string, m.re, m.pos, m.endpos)
print(m.regs, m.lastindex, m.lastgroup)
print(m.expand(r"[\1|\2]"), m.expand(r"\g<1>\g<0>"))
print(bool(m), m.group(2), m.start(2), m.end(2), m.span(2))
print(re.match(r"\w+", "x" * 100))
print(re.match(r".+", "it's"), re.match(r".+", "line\nnext", re.S))
print(re.search(r"é+", "caféé!"))
m = re.compile(r"o").search("hello world", 5, 9)
print(m, m.pos, m.endpos)
print(type(m).__name__, isinstance(m, re.Match))
m2 = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m2.groupdict(), m2.groupdict("none"), m2.groups(0))
print(m2.span("b"), m2.start("b"), m2.end(0))
try:
    re.Match()
except TypeError as e:
    print(type(e).__name__, e)
