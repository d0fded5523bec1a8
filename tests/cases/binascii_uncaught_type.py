import binascii
print(binascii.hexlify(b"ok"))
binascii.hexlify("not bytes")
