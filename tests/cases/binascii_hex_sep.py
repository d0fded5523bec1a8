import binascii

d = bytes(range(1, 10))
for n in [1, 2, 3, 4, 8, 9, 10, -1, -2, -4, -10]:
    print(n, binascii.hexlify(d, ".", n))
print(binascii.hexlify(b"", "-", 2))
print(binascii.hexlify(b"\x01", "-", 2))
print(d.hex(":", 2) == binascii.hexlify(d, ":", 2).decode())
for sep in ["", "ab", b"\xff", 1.5]:
    try:
        print(binascii.hexlify(d, sep))
    except Exception as e:
        print(type(e).__name__, e)
