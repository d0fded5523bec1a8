import base64
import binascii
print(base64.b64encode(b"ok"))
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print(repr(e))
binascii.a2b_base64(b"abc")
