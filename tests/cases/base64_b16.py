import base64
import binascii

print(base64.b16encode(b"\x00\x01\xfe\xff hi"))
print(base64.b16decode(b"0001FEFF"))
print(base64.b16decode("48656C6C6F"))
print(base64.b16decode(b"48656c6c6f", casefold=True))
for bad in [b"48656c6c6f", b"123", b"GG", b"12 34"]:
    try:
        print(base64.b16decode(bad))
    except binascii.Error as e:
        print(bad, type(e).__name__, e)
print(base64.b16encode(b"").decode(), repr(base64.b16decode(b"")))
print(base64.b16encode(bytearray(b"\x10")))
try:
    base64.b16encode("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    base64.b16decode(5)
except TypeError as e:
    print(type(e).__name__, e)
