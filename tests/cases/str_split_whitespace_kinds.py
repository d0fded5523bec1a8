# str: split() with no args handles all whitespace kinds; split(" ") does not
s = "a\tb\nc\x0bd\x0ce\rf\u00a0g\u3000h  i"
print(s.split())
print(s.split(" "))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "a b c".split(maxsplit=0), " a ".split(maxsplit=0))
print("1,2;3".replace(";", ",").split(","), "x".rsplit("x", 5), "a.b.c".rsplit(".", -1))
