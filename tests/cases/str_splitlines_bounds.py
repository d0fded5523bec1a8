# str.splitlines: every line boundary CPython recognises, keepends, \r\n pairs
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

seps = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for sep in seps:
    t = "a" + sep + "b" + sep
    print(repr(sep), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True))
print("\n\r\r\n\n\r".splitlines(), "\n\r\r\n\n\r".splitlines(True))
print("no newline".splitlines(), "".splitlines(True), "\n".splitlines(), "\n".splitlines(True))
print("x\x1fy\x1az".splitlines(), "tab\there".splitlines())
print("a\nb".splitlines(0), "a\nb".splitlines(2), "a\nb".splitlines(False))
show(lambda: "a".splitlines("x"))
show(lambda: "a".splitlines(1, 2))
show(lambda: "a".splitlines(keep=True))
