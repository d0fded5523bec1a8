import base64

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:20], b"\xff\xfe\xfd"]:
    print(data[:8], base64.b64encode(data))
print(base64.b64encode(bytearray(b"abc")))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b64encode(b"\xfb\xff"))
print(base64.standard_b64encode(b"hello"))
print(base64.b64encode("hello".encode()).decode())
print(type(base64.b64encode(b"x")).__name__)
for bad in ["text", 123, None, [1, 2]]:
    try:
        base64.b64encode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    base64.b64encode(b"x", altchars=b"-")
except Exception as e:
    print(type(e).__name__, e)
