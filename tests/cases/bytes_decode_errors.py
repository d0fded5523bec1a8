# bytes: decode with encodings and error handlers, and the UnicodeDecodeError messages
data = b"caf\xc3\xa9 \xe2\x82\xac"
print(data.decode(), data.decode("utf-8"), data.decode("latin-1"), data.decode(encoding="UTF8"), bytearray(data).decode())
bad = b"ab\xffcd\xc3"
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("ascii", "replace"), bad.decode(errors="ignore"), bad.decode("latin1"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x9f\x98\x80".decode(), b"\xc0\xaf".decode("utf-8", "replace"))
print(bad.decode("utf-8", "backslashreplace"), b"\x80abc".decode("ascii", "backslashreplace"))
for b, enc in [(b"\xff", "utf-8"), (b"a\xc3", "utf-8"), (b"\xe2\x82x", "utf-8"), (b"\x80", "ascii"), (b"ok\xe9", "ascii"),
               (b"\xc3\x28", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xf8\x88\x80\x80\x80", "utf-8"), (b"x", "nope")]:
    try:
        print(b.decode(enc))
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"\xe9"), "latin-1"), str(b"\xff", "utf-8", "replace"))
