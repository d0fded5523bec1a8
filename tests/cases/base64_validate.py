import base64
import binascii

for s in [b"Zm9v", b"Zm9v\n", b"Zm 9v", b"Zm9v!", b"Zm9=v", b"Zm9vYg==", b"Zm9vYg=", b"Zm9vYg===", b"", b"====", b"Zm9vYg==Zm9v"]:
    try:
        print(s, base64.b64decode(s, validate=True))
    except binascii.Error as e:
        print(s, type(e).__name__, e)
print(base64.b64decode(b"Zm9v\n", validate=False))
try:
    base64.b64decode("Zm9vé")
except ValueError as e:
    print(type(e).__name__, e)
try:
    base64.b64decode("Zm9vé", validate=True)
except ValueError as e:
    print(type(e).__name__, e)
