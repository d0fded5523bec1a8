# bytes: split/rsplit on whitespace with maxsplit keep the remainder's outer whitespace
s = b"  a  b \t c\n "
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, s.split(None, n), s.rsplit(None, n))
print(b"a,,b,".split(b","), b"a,,b,".rsplit(b",", 1), b"a,,b,".split(b",", maxsplit=2))
print(b"aXXXb".split(b"XX"), b"aXXXb".rsplit(b"XX"), b"".split(), b"".split(b","), b"   ".split())
print(bytearray(b"x y").split(), bytearray(b"x,y").rsplit(b","))
print(b"1\x0b2\x0c3\x1c4".split(), b"\xa0x\xa0".split())
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError", e)
try:
    b"abc".rsplit("b")
except TypeError as e:
    print("TypeError", e)
