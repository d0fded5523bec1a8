import binascii

tests = [
    lambda: binascii.hexlify(),
    lambda: binascii.hexlify(b"a", "-", 1, 2),
    lambda: binascii.unhexlify(),
    lambda: binascii.b2a_base64(b"x", False),
    lambda: binascii.b2a_base64(b"x", newline=0),
    lambda: binascii.a2b_base64(b"eA==", True),
    lambda: binascii.a2b_base64(b"eA==", strict_mode=1),
    lambda: binascii.crc32(),
    lambda: binascii.crc32(b"a", 1, 2),
    lambda: binascii.crc_hqx(b"a", 1, 2),
    lambda: binascii.hexlify(data=b"a"),
    lambda: binascii.hexlify(b"\x01\x02", bytes_per_sep=1),
    lambda: binascii.b2a_hex(b"\x01\x02\x03\x04", "|", 3),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
