# bytes: case conversion and is* predicates only consider ASCII
s = b"Hello World \xe9\xc9 123 abc-DEF_ghi"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), b"hELLO wORLD".capitalize(), b"they're bill's".title())
for t in [b"", b"abc", b"ABC", b"Abc", b"Abc Def", b"123", b"12a", b" \t\n", b"a b", b"\xe9", b"Ab1", b"AB1", b"ab1", b"A1 B2", b"\x7f"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isascii())
print(bytearray(b"ab").upper(), type(bytearray(b"ab").upper()).__name__, bytearray(b"Ab").isupper(), bytearray(b"a1").isalnum())
