import re

tests = [
    lambda: re.match("a"),
    lambda: re.match("a", "b", 0, 1),
    lambda: re.match("a", "b", x=1),
    lambda: re.compile("a").match(),
    lambda: re.compile("a").match("a", 0, 1, 2),
    lambda: re.compile("a").match("a", x=1),
    lambda: re.match("a", 5),
    lambda: re.match("a", None),
    lambda: re.findall("a", ["a"]),
    lambda: re.match(b"a", "a"),
    lambda: re.match("a", b"a"),
    lambda: re.compile(5),
    lambda: re.split("a", "bab", "x"),
    lambda: re.compile("a", re.A | re.U),
    lambda: re.compile(b"a", re.U),
    lambda: re.compile("a", re.L),
    lambda: re.match("(a)", "a").group(2),
    lambda: re.match("(a)", "a").group("x"),
    lambda: re.match("(a)", "a")[3],
    lambda: re.match("(a)", "a").start(7),
    lambda: re.match("(a)", "a").span("nope"),
    lambda: re.escape(5),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
m = re.search(r"(\d+)-(\d+)", "range 10-20")
print(m.group(1), m.group(2))
print(m.group(5))
