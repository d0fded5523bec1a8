# bytes: splitlines keepends, expandtabs with tab sizes, and iteration helpers
t = b"a\tbc\tdef\tg\n\t1\r\n22\t3"
print(t.expandtabs(), t.expandtabs(4), t.expandtabs(1), t.expandtabs(0), t.expandtabs(-1), t.expandtabs(tabsize=2))
print(t.splitlines(), t.splitlines(keepends=True), b"x\r\n\r\ny".splitlines(), b"\x1c\x1d\x1e\x85".splitlines())
print(list(b"ab"), [chr(c) for c in b"hi"], list(enumerate(b"xy")), list(zip(b"ab", b"cd")), list(reversed(bytearray(b"ab"))), b"abc".__len__())
print(list(map(hex, b"\x00\x10")), any(b"\x00\x00"), all(b"\x01\x02"), sum(bytearray(b"\x01\x02\x03")), sorted(b"cab"), set(b"aab") == {97, 98})
