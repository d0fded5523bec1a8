# bytes/bytearray: constructor from int, iterable, str+encoding, buffer objects and keywords
print(bytes(0), bytes(4), bytes([]), bytes([65, 66]), bytes((1, 2)), bytes(range(3)), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("€", "utf-8"), bytes(source="x", encoding="utf-8"))
print(bytes(x for x in [104, 105]), bytes({1: 2}), bytes([True, False]), bytes(map(ord, "hey")), bytearray(2), bytearray([255]))
print(bytearray("ab", "utf-8"), bytearray(b"xy"), bytearray(range(65, 70)), bytearray(bytearray(b"q")), bytes(), bytearray())
print(bytes("aé", "ascii", "ignore"), bytes("aé", "ascii", "replace"), bytes("aé", encoding="ascii", errors="xmlcharrefreplace"))
class B:
    def __bytes__(self):
        return b"custom"
class I:
    def __index__(self):
        return 3
print(bytes(B()), bytes(I()), bytearray(I()), bytes([I()]), len(bytes(1000)))
