# ord()/chr() round trips and their errors for strings of other lengths and out-of-range ints
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(ord("a"), ord("é"), ord("€"), ord("😀"), ord("\x00"), ord("\U0010ffff"), chr(65), chr(233), chr(0x1F600), repr(chr(0)))
print([chr(i) for i in range(0x3b1, 0x3b6)], "".join(chr(ord(c) + 1) for c in "HAL"), ord(b"a"), ord(bytearray(b"z")))
show(lambda: ord(""))
show(lambda: ord("ab"))
show(lambda: ord(1))
show(lambda: ord(b"ab"))
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr(2**70))
show(lambda: chr("a"))
show(lambda: chr(1.5))
