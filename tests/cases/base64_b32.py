import base64
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    enc = base64.b32encode(data)
    print(data, enc, base64.b32decode(enc), base64.b32hexencode(data))
print(base64.b32decode("MZXW6YQ="))
print(base64.b32decode(b"mzxw6yq=", casefold=True))
print(base64.b32decode(b"MZXW6YQ0".replace(b"0", b"="), map01=None))
print(base64.b32decode(b"MZXW6Y1=".replace(b"1", b"Q")))
print(base64.b32decode(b"0O======", map01=b"L"))
print(base64.b32hexdecode(b"CPNMU==="))
for bad in [b"mzxw6yq=", b"MZXW6YQ", b"MZXW6YQ!", b"MZXW6===", b"M======="]:
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print(bad, type(e).__name__, e)
try:
    base64.b32encode("s")
except TypeError as e:
    print(type(e).__name__, e)
