# bytes: literals, repr of printable/non-printable bytes, indexing gives ints, slicing gives bytes
b = b"hello\x00\xff\n\t'\"\\"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1][:3], type(b[0]).__name__, type(b[0:1]).__name__)
print(b"it's", b'say "x"', b"both ' \"", b"", bytes(3), bytes([65, 66, 200]), bytes(range(5)))
print(bytes("é", "utf-8"), b"\x41\x42", rb"\n", br"\x00", b"A" * 3, b"ab" + b"cd")
print(list(b"AZ az"), 65 in b"ABC", b"BC" in b"ABC", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", hash(b"abc") == hash(b"abc"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("x"), lambda: b"a" + "b", lambda: b"abc"[5], lambda: bytes(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
