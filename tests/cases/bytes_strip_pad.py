# bytes: strip/lstrip/rstrip, center/ljust/rjust with fill bytes, zfill, removeprefix/removesuffix
s = b" \t\n\x0b\x0chello\r\n "
print(s.strip(), s.lstrip(), s.rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"), b"\xa0x\xa0".strip(), b"..a..".lstrip(b"."), b"..a..".rstrip(b"."))
print(b"abc".center(9), b"abc".center(8, b"*"), b"abc".center(2), b"ab".center(5, b"-"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"x".ljust(0))
print(b"42".zfill(5), b"-42".zfill(6), b"+7".zfill(3), b"abc".zfill(2), b"".zfill(3), bytearray(b"9").zfill(3), b"-".zfill(3))
print(b"prefix_body".removeprefix(b"prefix_"), b"body.txt".removesuffix(b".txt"), b"abc".removeprefix(b"x"), bytearray(b"aab").removesuffix(b"b"))
print(bytearray(b"  x ").strip(), type(bytearray(b" x").strip()).__name__, b"aaa".strip(b"a"), b"abc".strip(b""), b"abc".strip(None))
for bad in [lambda: b"a".center(5, b"ab"), lambda: b"a".ljust(3, "x"), lambda: b"a".strip("a"), lambda: b"a".rjust(3, 32)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
