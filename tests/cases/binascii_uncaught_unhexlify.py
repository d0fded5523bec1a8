import binascii
print(binascii.unhexlify("ab"))
binascii.unhexlify("a")
