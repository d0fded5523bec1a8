import re

patterns = [
    "(abc", "abc)", "*a", "a**", "a{2}{3}", "[abc", r"a\q", "[z-a]", "(?<x>a)", "(?P<>a)",
    "(?P<1a>a)", "(?P=zz)", r"\5", r"(a)\2", r"(a\1)", "(?P<a>x)(?P<a>y)", "(?<=a+)b",
    "a{3,2}", "a(?i)b", "(?z)", "(?i", "(?", "(?#abc", "a|*", "(*)", "^*", r"\b+", r"[\q]",
    r"[a-\d]", r"\x4", r"\u12", "(?(1)a|b)", "(?(x)a|b)", "(a)(?(1)a|b|c)", r"\400", "[]",
    "(?P<a>x)(?P=a", "ab\ncd(", "x\ny\n  [", "(?-i)", "(?i-i:a)", "(?L)a", "(?au)x", ")",
    r"\\", "\\", r"[\w-z]", "(?P<a b>x)", "(?<=(a)\\1)", "((a)", "a)b)", "+",
    "x{4294967295}",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e)
        print("   msg=%r pos=%r lineno=%r colno=%r pattern=%r" % (e.msg, e.pos, e.lineno, e.colno, e.pattern))
    except OverflowError as e:
        print(repr(p), "OverflowError", e)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error("custom problem", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
print(re.error("plain"), re.error("plain").pos)
try:
    raise re.error("boom")
except re.error as err:
    print("caught", err, err.args)
# errors are also raised by the module-level helpers
for f in (lambda: re.search("(", "x"), lambda: re.sub("[", "", "x"), lambda: re.findall("a{2,1}", "a")):
    try:
        f()
    except re.error as e:
        print(type(e).__name__, e)
