import binascii

samples = [b"", b"\x00", b"abc", bytes(range(256)), "ünï".encode("utf-8")]
for s in samples:
    h = binascii.hexlify(s)
    b = binascii.b2a_base64(s)
    print(len(s), h[:16], b[:16], binascii.unhexlify(h) == s, binascii.a2b_base64(b) == s)
print(binascii.hexlify(b"ab") == b"ab".hex().encode())
print(bytes.fromhex(binascii.hexlify(b"xyz").decode()))
print(binascii.b2a_hex(b"\xde\xad", "_").decode().upper())
