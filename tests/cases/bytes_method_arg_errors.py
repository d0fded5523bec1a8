# bytes/bytearray: CPython's argument-count and keyword messages differ by method family
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for C in (b"abc", bytearray(b"abc")):
    t(lambda: C.upper(1))
    t(lambda: C.upper(x=1))
    t(lambda: C.join())
    t(lambda: C.center())
    t(lambda: C.center(1, 2, 3))
    t(lambda: C.count())
    t(lambda: C.count(1, 2, 3, 4))
    t(lambda: C.find(b"a", start=1))
    t(lambda: C.expandtabs(1, 2))
    t(lambda: C.split(b",", 1, maxsplit=2))
    t(lambda: C.split(bogus=1))
    t(lambda: C.decode("utf-8", "strict", 3))
    t(lambda: C.replace(b"a"))
    t(lambda: C.zfill())
    t(lambda: C.lstrip(b"a", b"b"))
    t(lambda: C.translate())
    t(lambda: C.maketrans(b"a"))
    t(lambda: C.splitlines(1, 2))
    t(lambda: C.hex(":", 1, 2))
