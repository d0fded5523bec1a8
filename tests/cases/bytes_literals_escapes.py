# bytes: literal escapes, raw bytes, implicit concatenation and repr quoting rules
print(b"\x41\x42", b"\101\102", b"\n\r\t\v\f\a\b\0", rb"\n\x00", br"\\", b"a" b"b" b"c", b"\"", b'\'', b"'\"")
print(repr(b"\x7f\x80"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytes(range(32))), repr(bytes(range(120, 130))))
print(len(b"\x00\xff"), b"\xff"[0], b"abc"[-1], list(b"\t\n\r"), b"\N" if False else "skip", b"\q", len(b"\q"))
print(str(b"hi"), f"{b'x'}", f"{b'x'!r}", "%s" % b"y", repr(bytearray(b"'")), repr(bytearray(b"\"'")), [b"a", bytearray(b"b")])
print(b"" == b"", bytes is type(b""), type(b"").__name__, type(bytearray()).__name__, isinstance(b"", bytes))
