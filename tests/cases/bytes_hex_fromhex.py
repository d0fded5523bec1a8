# bytes: hex() with separators and grouping, fromhex() whitespace and errors
d = bytes(range(0, 256, 37))
print(d.hex(), d.hex(":"), d.hex("-", 2), d.hex("-", -2), d.hex(" ", 3), d.hex(b"|"), d.hex(":", 100), b"".hex(), b"".hex(":"))
print(bytearray(b"\x01\x02\x03").hex("."), memoryview(b"ab").hex() if False else "skip", b"\xab\xcd".hex(sep="_", bytes_per_sep=1))
print(bytes.fromhex(""), bytes.fromhex("  "), bytes.fromhex("0a 0B\t0c\n0D"), bytes.fromhex("ff ff"), bytearray.fromhex("00 01"), type(bytearray.fromhex("")).__name__)
for bad in ["0", "0g", "a b", " 1", "zz", "12 3", "1 2"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError:", e)
for args in [("::",), (":", 0)]:
    try:
        print(b"ab".hex(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print("TypeError:", e)
