import binascii

data = b"x" * 100
enc = binascii.b2a_base64(data)
print(len(enc), enc.endswith(b"\n"), enc.count(b"\n"))
print(binascii.b2a_base64(b"\xff\xfe"))
print(binascii.b2a_base64(b"\xff\xfe", newline=False).decode())
print(binascii.a2b_base64(b"////"))
print(binascii.a2b_base64(b"_-_-"))
print(binascii.a2b_base64(b"YQ==YQ=="))
print(binascii.a2b_base64(b"Y=Q=="))
print(binascii.a2b_base64(b"YQ"  b"==="))
print(binascii.a2b_base64(b"\n\nYWJj\n\n"))
try:
    print(binascii.a2b_base64(b"YWJj\x80"))
except binascii.Error as e:
    print(type(e).__name__, e)
try:
    print(binascii.a2b_base64("YWJj\u00e9"))
except ValueError as e:
    print(type(e).__name__, e)
