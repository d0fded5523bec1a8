import base64

funcs = [
    (base64.b64encode, base64.b64decode),
    (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    (base64.b32encode, base64.b32decode),
    (base64.b32hexencode, base64.b32hexdecode),
    (base64.b16encode, base64.b16decode),
    (base64.b85encode, base64.b85decode),
    (base64.a85encode, base64.a85decode),
    (base64.encodebytes, base64.decodebytes),
]
samples = [b"", b"\x00", b"\xff" * 7, "héllo wörld".encode(), bytes(range(0, 256, 7))]
for enc, dec in funcs:
    ok = all(dec(enc(s)) == s for s in samples)
    print(enc.__name__, dec.__name__, ok, [len(enc(s)) for s in samples])
