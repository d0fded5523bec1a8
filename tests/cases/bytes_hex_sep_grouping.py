# bytes.hex: separators and grouping from the right (positive) or left (negative)
d = bytes(range(0x61, 0x68))
for n in [1, 2, 3, -2, -3, 7, 8, -8, 0]:
    print(n, d.hex(":", n), d.hex(b"-", n), bytearray(d).hex(sep="_", bytes_per_sep=n))
print(b"".hex(":"), b"\x00".hex(":", 3), b"\xff\x00\x10".hex(), d.hex(sep=" "))
for sep in ["", "::", "é", 5]:
    try:
        print(d.hex(sep))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d.hex(":", 2**40)
except OverflowError as e:
    print("OverflowError", e)
print(bytes.fromhex(" 61 62\t63\n"), bytearray.fromhex("ff00"), b"".fromhex("41"), bytearray(b"").fromhex("42"))
for s in ["6", "6x", "x6", "61 6", "61\u30006", "0g"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print("ValueError", e)
try:
    bytes.fromhex(b"61")
except TypeError as e:
    print("TypeError", e)
