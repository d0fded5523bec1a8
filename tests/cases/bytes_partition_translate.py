# bytes: partition/rpartition, translate with tables and deletions, maketrans
b = b"key=value=more"
print(b.partition(b"="), b.rpartition(b"="), b.partition(b"#"), b.rpartition(b"#"), bytearray(b"a-b").partition(b"-"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc-abc".translate(table), b"hello".translate(None, b"l"), b"hello".translate(table, b"he"))
print(bytearray(b"abc").translate(table), type(bytearray(b"abc").translate(None)).__name__, bytearray.maketrans(b"a", b"b")[97], b"xyz".translate(None))
up = bytes(range(256)).upper()
print(b"Mixed Case".translate(up), b"abc".translate(bytes.maketrans(b"", b"")), b"a\x00b".translate(None, b"\x00"))
for bad in [lambda: b.partition(b""), lambda: b.partition("="), lambda: b"x".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"abc".translate(None, "a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
