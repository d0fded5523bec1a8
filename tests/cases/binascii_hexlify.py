import binascii

print(binascii.hexlify(b"\x00\x01\xab\xff"))
print(binascii.b2a_hex(b"hello"))
print(binascii.hexlify(b""))
print(binascii.hexlify(bytearray(b"ab")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.hexlify(b"\x01\x02\x03", sep=" ", bytes_per_sep=1))
print(binascii.hexlify(b"\x01\x02\x03", " ", 0) if False else "skip")
print(binascii.hexlify(b"\x01", "::") if False else "skip")
for args in [("abc",), (b"x", "::"), (b"x", 1), (None,), (b"x", "\u00e9")]:
    try:
        print(binascii.hexlify(*args))
    except Exception as e:
        print(type(e).__name__, e)
