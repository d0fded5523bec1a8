import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@x, bob@y"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "2024-03-15"))
print(re.sub(r"(\d+)", r"<\g<0>>", "a1b22"))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"))
print(re.sub(r"a(b)?", r"[\1]", "a ab"))
print(re.sub(r"x", r"\n\t\\", "x") == "\n\t\\")
print(re.sub(r"x", "\\&", "x"))
print(re.sub(r"\s+", " ", "  many   spaces\there  ").strip())
print(re.subn(r"o", "0", "foo boo"))
print(re.sub("a", "b", "aaaa", count=2), re.sub("a", "b", "aaaa", 0))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.sub(r"(?i)hello", lambda m: m.group().swapcase(), "hello HELLO Hello"))
def repl(m):
    return m.group("word").upper() if m.group("word") else "?"
print(re.sub(r"(?P<word>[a-z]+)|\d", repl, "ab1cd"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.sub(r"(a)(b)?", r"\2\1", "ab a"))
print(re.compile(r"(\w)(\w)").sub(r"\2\1", "abcd"), re.compile(r"o").subn("0", "foo", 1))
print(re.sub(r"[aeiou]", "", "programming language"))
print(re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567"))
for bad in [r"\2", r"\g<x>", r"\g<1", r"\g<>", r"\g", r"\q", "x\\", r"\g<a b>", r"\g<-1>"]:
    try:
        re.sub(r"(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for bad in [5, None]:
    try:
        re.sub("a", bad, "a")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "xa")
except TypeError as e:
    print(type(e).__name__, e)
m = re.match(r"(\w+) (\w+)", "hello world")
print(m.expand(r"\2 \1"), m.expand(r"\g<0>!"))
print(repr(re.sub("a", lambda m: None, "xay")))
for args in ((b"a", "x", b"xay"), ("a", b"x", "xay"), (b"a", lambda m: "x", b"xay"), (b"q", "x", b"xay")):
    try:
        print(re.sub(*args))
    except TypeError as e:
        print(type(e).__name__, e)
