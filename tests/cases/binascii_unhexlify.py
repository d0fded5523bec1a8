import binascii

print(binascii.unhexlify(b"48656c6c6f"))
print(binascii.unhexlify("48656C6C6F"))
print(binascii.a2b_hex(b"00ff"))
print(binascii.unhexlify(b""))
print(binascii.unhexlify(bytearray(b"4142")))
for bad in [b"abc", b"zz", b"12 34", "é1", 5, None, b"0x12"]:
    try:
        print(binascii.unhexlify(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(bytes.fromhex("48 65") == binascii.unhexlify("4865"))
print(binascii.hexlify(binascii.unhexlify("deadbeef")))
