# bytearray repr always escapes single quotes; bytes switches quote style instead
for s in [b"'", b'"', b"'\"", b"it's", b"\\", b"\x00\x7f\x80\xff", b"\t\n\r"]:
    print(repr(s), repr(bytearray(s)), str(bytearray(s)))
class BA(bytearray):
    pass
print(repr(bytearray()), bytearray(b"a") == b"a", list(bytearray(b"hi")))
