# bytes: title/capitalize/swapcase and the is* predicates are ASCII-only
for s in [b"hello world", b"HELLO wORLD", b"they're bill's", b"x1y2 z", b"\xe9t\xe9", b"", b"123", b"A", b"Ab Cd", b"AB cd"]:
    print(s.title(), s.capitalize(), s.swapcase(), s.istitle(), s.islower(), s.isupper(), s.isalnum(), s.isalpha(), s.isdigit(), s.isspace(), s.isascii())
print(bytearray(b"mixed Case").title(), type(bytearray(b"a").upper()).__name__, b" \t\n\r\x0b\x0c".isspace(), b"\x1c".isspace())
