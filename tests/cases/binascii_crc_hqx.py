import binascii

print(binascii.crc_hqx(b"", 0))
print(binascii.crc_hqx(b"hello", 0))
print(binascii.crc_hqx(b"123456789", 0xffff))
print(hex(binascii.crc_hqx(b"123456789", 0)))
print(binascii.crc_hqx(b"world", binascii.crc_hqx(b"hello ", 0)) == binascii.crc_hqx(b"hello world", 0))
print(binascii.crc_hqx(b"abc", 0x10000) == binascii.crc_hqx(b"abc", 0))
print(binascii.crc_hqx(b"abc", -1))
for args in [(b"x",), ("x", 0), (b"x", None)]:
    try:
        print(binascii.crc_hqx(*args))
    except TypeError as e:
        print(type(e).__name__, e)
