# bytes: maketrans (static) and translate with tables, None and delete
t = bytes.maketrans(b"abc", b"ABC")
print(type(t).__name__, len(t), t[97:100], b"".maketrans(b"x", b"y")[120], bytearray.maketrans(b"q", b"r")[113])
print(b"aabbcc".translate(t), bytearray(b"abcd").translate(t), b"abcabc".translate(None, b"ac"))
print(b"abcabc".translate(t, b"b"), b"abc".translate(None), b"hello".translate(None, delete=b"l"))
for f in [lambda: bytes.maketrans(b"ab", b"c"), lambda: bytes.maketrans("a", "b"), lambda: b"abc".translate(b"short"),
          lambda: b"abc".translate("x"), lambda: b"abc".translate(None, "a"), lambda: b"abc".translate()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
