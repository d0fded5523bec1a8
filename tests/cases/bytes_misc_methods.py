# bytes: isascii, count/find with bytearray, rsplit maxsplit, ljust on bytearray, and method errors
print(b"\x00\x7f".isascii(), b"\x80".isascii(), b"".isascii(), b"ab ab ab".rsplit(maxsplit=1), b"a,b,c".rsplit(b",", maxsplit=1))
print(bytearray(b"ab").ljust(4, b"-"), bytearray(b"ab").center(5), bytes.fromhex("41").lower(), b"A".join([b"1", b"2", b"3"]))
print(b"abc".endswith(b"bc", -2), b"abc".find(b"c", -1), b"abc".index(b"a", -3), b"abc".rfind(b"a", -3, -2), b"abc".count(b"b", -2))
for f in [lambda: b"abc".upper(1), lambda: b"x".split(b",", 1, 2), lambda: b"x".decode(1), lambda: b"x".zfill("3"),
          lambda: b"x".hex(1), lambda: b"x".nosuch(), lambda: bytes.fromhex(), lambda: b"x".count()]:
    try:
        print(f())
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
