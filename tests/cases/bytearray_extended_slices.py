# bytearray: extended-slice assignment/deletion, empty value deletes, source type errors
base = bytearray(b"0123456789")
def s(k, v):
    x = bytearray(base)
    try:
        x[k] = v
        print(x)
    except Exception as e:
        print(type(e).__name__, e)
def d(k):
    x = bytearray(base)
    try:
        del x[k]
        print(x)
    except Exception as e:
        print(type(e).__name__, e)
s(slice(None, None, 2), b"ABCDE")
s(slice(None, None, 2), b"")
s(slice(None, None, 3), bytearray())
s(slice(None, None, -1), b"abcdefghij")
s(slice(8, 2, -2), [120, 121, 122])
s(slice(None, None, 2), b"AB")
s(slice(5, 2), b"XY")
s(slice(100, 200), b"END")
s(slice(-100, 2), b"S")
s(slice(2, 5), [65, 256])
s(slice(2, 5), "ab")
s(slice(2, 5), 7)
s(slice(2, 5), 1.5)
s(slice(2, 5), None)
s(slice(2, 5), range(65, 70))
s(-1, 66)
s(10, 66)
s(0, 256)
s("0", 1)
d(slice(None, None, 2))
d(slice(None, None, -3))
d(slice(8, 2))
d(slice(-3, None))
d(-10)
d(10)
d(1.0)
