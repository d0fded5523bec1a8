# str.strip/lstrip/rstrip: default whitespace (incl. unicode spaces), explicit char sets, None
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = " \t\n\r\x0b\x0c hi \u3000\u2003\x85"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("yx"), "hello".strip("ol"), "hello".strip(""), "hello".strip(None))
print("www.example.com".strip("cmowz."), "  x  ".lstrip(" "), "  x  ".rstrip(None))
print(repr("aaaa".strip("a")), repr("".strip()), repr("   ".strip()), repr("\u200b x \u200b".strip()))
print("ééaéé".strip("é"), "☃☃x☃".lstrip("☃"), "abcba".rstrip("ab"))
print(repr("\x1c\x1d\x1e\x1fz\x1f".strip()), repr("\xa0z\xa0".strip()), repr("\ufeffz".strip()))
show(lambda: "x".strip(1))
show(lambda: "x".lstrip(["x"]))
show(lambda: "x".rstrip("a", "b"))
show(lambda: "x".strip(chars="x"))
