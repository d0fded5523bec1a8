import binascii

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__name__)
print(repr(binascii.Error("boom")))
try:
    raise binascii.Error("custom")
except ValueError as e:
    print(type(e).__name__, e)
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(type(e).__name__, e, e.args)
try:
    binascii.a2b_base64("abcde")
except ValueError as e:
    print(type(e).__name__, e)
class MyErr(binascii.Error):
    pass
try:
    raise MyErr("sub")
except binascii.Error as e:
    print(type(e).__name__, e)
