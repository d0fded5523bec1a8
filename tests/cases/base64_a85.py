import base64

for data in [b"", b"a", b"abcd", b"\x00\x00\x00\x00", b"    ", b"hello world", b"\x00\x00\x00\x00x"]:
    print(data, base64.a85encode(data))
print(base64.a85encode(b"    ", foldspaces=True))
print(base64.a85encode(b"hello world", adobe=True))
print(base64.a85encode(b"hello world" * 3, wrapcol=20))
print(base64.a85encode(b"abc", pad=True))
print(base64.a85decode(b"BOu!rD]j7BEbo7"))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.a85decode(b"z"))
print(base64.a85decode(b"y", foldspaces=True))
print(base64.a85decode(b"BOu!r D]j7\nBEbo7"))
for bad in [b"BOu!r~", b"zz!", b"s8W-\"", b"<~abc", b"uuuuu"]:
    try:
        print(bad, base64.a85decode(bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    base64.a85decode(b"<~abc", adobe=True)
except ValueError as e:
    print(type(e).__name__, e)
