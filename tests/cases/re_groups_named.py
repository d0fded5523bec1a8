import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (?P<suffix>Jr|Sr))?", "Jane Doe")
print(m.group("first"), m.group("last"), m.group("suffix"))
print(m.group(1, 2, "last"))
print(m["first"], m[2], m[0])
print(m.groups(), m.groups("-"))
print(m.groupdict(), m.groupdict(default=""))
print(m.start("suffix"), m.end("suffix"), m.span("suffix"))
print(m.lastindex, m.lastgroup)
print(m.re.groupindex == {"first": 1, "last": 2, "suffix": 3}, dict(m.re.groupindex), m.re.groups)
m = re.match(r"((a)(b))(c)?", "abx")
print(m.groups(), m.lastindex, m.lastgroup)
m = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m.lastindex, m.lastgroup, m.groupdict())
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com now")
print(m.group(2), m.regs)
# backreference by name
print(re.search(r"(?P<ch>\w)(?P=ch)", "abccd").group())
print(re.findall(r"(?P<word>\b\w+\b) (?P=word)", "the the cat sat sat down"))
# nested and optional groups
m = re.match(r"(a(b(c))?)+", "aabc")
print(m.groups(), m.span(1), m.span(3))
for g in (5, "nope", -1, 1.5):
    try:
        m.group(g)
    except IndexError as e:
        print(type(e).__name__, e)
