import binascii

names = ["hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64", "a2b_base64", "crc32", "crc_hqx", "Error", "Incomplete"]
print([hasattr(binascii, n) for n in names])
print(binascii.hexlify.__name__, binascii.crc32.__name__)
print(callable(binascii.a2b_hex))
print(binascii.b2a_hex is binascii.hexlify or binascii.b2a_hex(b"a") == binascii.hexlify(b"a"))
try:
    binascii.nope
except AttributeError as e:
    print(type(e).__name__, e)
from binascii import hexlify as hx, Error
print(hx(b"z"), Error.__name__)
