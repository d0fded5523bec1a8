import base64
import binascii

for s in [b"aGVsbG8", b"abc", b"a", b"ab", b"abcde", b"=", b"a===", b"Zm9vY", "aGVsbG8", "aGk"]:
    try:
        print(s, base64.b64decode(s))
    except binascii.Error as e:
        print(s, type(e).__name__, e)
try:
    base64.b64decode(b"abc")
except ValueError as e:
    print("caught as ValueError:", e, isinstance(e, binascii.Error))
print(binascii.Error.__mro__[1].__name__)
print(base64.b64decode(b"aGVsbG8" + b"=" * (-len(b"aGVsbG8") % 4)))
