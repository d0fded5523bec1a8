import binascii

print(binascii.crc32(b""))
print(binascii.crc32(b"hello"))
print(binascii.crc32(b"hello world"))
print(hex(binascii.crc32(b"The quick brown fox jumps over the lazy dog")))
c = binascii.crc32(b"hello ")
print(binascii.crc32(b"world", c) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", 0), binascii.crc32(b"abc", 1), binascii.crc32(b"abc", -1))
print(binascii.crc32(b"abc", 2**32 + 5) == binascii.crc32(b"abc", 5))
print(binascii.crc32(bytearray(b"xyz")), binascii.crc32(b"xyz"))
print(binascii.crc32(bytes(range(256))))
print(binascii.crc32(b"a") & 0xffffffff == binascii.crc32(b"a"))
for bad in [("s",), (None,), (b"x", "1"), (b"x", 1.5)]:
    try:
        print(binascii.crc32(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
