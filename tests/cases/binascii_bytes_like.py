import binascii

for data in [b"ab", bytearray(b"ab")]:
    print(type(data).__name__, binascii.hexlify(data), binascii.crc32(data), binascii.b2a_base64(data))
print(binascii.unhexlify(b"6162"))
print(binascii.a2b_base64(bytearray(b"YWI=")))
print(binascii.unhexlify(bytearray(b"6162")))
for bad in [[97, 98], (97,), 97, 9.5, {"a": 1}]:
    try:
        binascii.hexlify(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [[97, 98], 97]:
    try:
        binascii.unhexlify(bad)
    except TypeError as e:
        print(type(e).__name__, e)
