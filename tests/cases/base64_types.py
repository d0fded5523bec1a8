import base64

tests = [
    lambda: base64.b64decode(123),
    lambda: base64.b64decode(None),
    lambda: base64.b64decode([1]),
    lambda: base64.b64decode("ü"),
    lambda: base64.b64decode(b"aGk=", altchars="-_"),
    lambda: base64.b64decode(b"aGk=", altchars=b"-"),
    lambda: base64.b64encode(b"x", altchars="-_"),
    lambda: base64.b64encode(b"x", b"-_", 1),
    lambda: base64.b64decode(),
    lambda: base64.b32decode("x", casefold=True, map01="1"),
    lambda: base64.b16decode(bytearray(b"AB")),
    lambda: base64.b85decode(None),
    lambda: base64.a85encode("s"),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
