# int: to_bytes/from_bytes with byteorder, signed, length defaults and overflow errors
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "big", signed=True), (255).to_bytes(1, "little"))
print((2**64).to_bytes(9, "big"), (-(2**63)).to_bytes(8, "little", signed=True), (5).to_bytes(), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 0, 0], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True), int.from_bytes(b"\x01" * 12, "big"))
print(int.from_bytes(b"\x00\x80", byteorder="big", signed=True), int.from_bytes(b"\x7f"), int.from_bytes(bytes=b"\x02", byteorder="little"))
n = 123456789012345678901234567890
print(int.from_bytes(n.to_bytes(16, "little"), "little") == n, int.from_bytes((-n).to_bytes(13, "big", signed=True), "big", signed=True) == -n)
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (-129).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"),
          lambda: int.from_bytes(b"\x01", "mid"), lambda: int.from_bytes([256], "big"), lambda: int.from_bytes("ab", "big"),
          lambda: (1).to_bytes(0, "big")]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
