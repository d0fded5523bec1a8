# bytes: decode/hex/fromhex/split/join/startswith/find/replace/upper/strip/count
b = b"Hello, World, Bytes"
print(b.decode(), b.hex(), b"\x01\xab".hex(), b"\x01\xab\xcd".hex(":"), bytes.fromhex("48 65 6c 6c 6f"), bytes.fromhex("deadBEEF"))
print(b.split(b", "), b"a b  c".split(), b"a,b".rsplit(b",", 1), b",".join([b"x", b"y", b"z"]))
print(b.startswith(b"Hello"), b.endswith((b"x", b"Bytes")), b.find(b"World"), b.find(b"zz"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"))
print(b.replace(b"l", b"L"), b.upper(), b.lower(), b.title(), b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"abc".center(7, b"*"))
print(b.partition(b", "), b"a1".isalnum(), b"12".isdigit(), b"ab".isalpha(), b"AB".isupper(), b" ".isspace(), b"42".zfill(5))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    b.index(b"nope")
except ValueError as e:
    print("ValueError:", e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(b"%s=%d" % (b"x", 5), b"%x" % 255)
