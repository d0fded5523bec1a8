# bytes -> str via str(b, enc, errors) and decode: invalid sequences, error handlers, round trips
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

show(lambda: str(b"caf\xc3\xa9", "utf-8"))
show(lambda: str(b"caf\xe9", "latin-1"))
show(lambda: str(b"caf\xe9", "utf-8"))
show(lambda: str(b"caf\xe9", "utf-8", "replace"))
show(lambda: str(b"caf\xe9", "utf-8", "ignore"))
show(lambda: str(b"caf\xe9", encoding="ascii", errors="replace"))
show(lambda: str(b"abc", errors="strict"))
show(lambda: str(bytearray(b"xy"), "ascii"))
show(lambda: str("abc", "utf-8"))
show(lambda: str(5, "utf-8"))
show(lambda: str(b"abc", 5))
show(lambda: str(b"abc", "utf-8", 5))
show(lambda: str(b"abc", "nope"))
show(lambda: str(b"a", "utf-8", "strict", 1))
for e in ["utf-8", "latin-1", "ascii"]:
    for t in ["plain", "ünïcödé", "€uro"]:
        try:
            print(e, repr(t), t.encode(e).decode(e) == t)
        except UnicodeError as ex:
            print(e, repr(t), type(ex).__name__)
print(str(b"x"), str(b"\x00'\""), str(bytearray(b"q")))
