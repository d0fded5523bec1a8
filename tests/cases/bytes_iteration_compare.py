# bytes: iteration yields ints, comparisons, concatenation with bytearray, membership
b = b"\x00\x7f\x80\xff"
print([x for x in b], sum(b), max(b), list(reversed(b)), b[1:2] == b"\x7f", b[1] == 0x7f)
print(b"abc" + bytearray(b"d"), type(b"abc" + bytearray(b"d")).__name__, bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__)
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"" == bytes(), bytearray(b"ab") == b"ab", b"A" == bytearray([65]))
print(sorted([b"b", b"a", b"ab"]), min(b"hello"), bytes(sorted(b"hello")))
print(b"xyz".count(b""), b"xyz".find(121), 121 in b"xyz", b"hello world".title(), b"a\tb".expandtabs(4))
try:
    b"abc" < "abc"
except TypeError as e:
    print("TypeError:", e)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""))
