# bytes: %-formatting for bytes, join of bytes/bytearray, hex with separators
print(b"%d-%s-%x" % (10, b"mid", 255), b"%5s|%-5s|" % (b"r", b"l"), b"%c%c" % (65, b"B"), b"%%")
print(b", ".join([b"a", bytearray(b"b"), b"c"]), bytearray(b"-").join([b"x", b"y"]))
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex("-", 2), bytes.fromhex("de ad"), bytearray.fromhex("ff00"))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
try:
    b"%d" % b"1"
except TypeError as e:
    print("TypeError:", e)
