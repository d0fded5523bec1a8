# int: bit_length, bit_count, to_bytes / from_bytes with byteorder and signed
for n in [0, 1, 2, 255, 256, -1, -128, -129, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 9]), "big"))
print((2 ** 72).to_bytes(10, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((5).to_bytes(), int.from_bytes(b"\x05"))
