# bytearray: slice assignment (growing, shrinking, extended slices) and deletion
ba = bytearray(b"0123456789")
ba[2:4] = b"ab"
print(ba)
ba[2:4] = b""
print(ba)
ba[0:0] = b"XYZ"
print(ba)
ba[-2:] = [65, 66, 67, 68]
print(ba)
ba[::2] = b"-" * len(ba[::2])
print(ba)
ba[1:3] = bytearray(b"()")
ba[100:] = b"END"
print(ba)
del ba[::3]
print(ba)
del ba[1:4]
del ba[0]
del ba[-1]
print(ba, len(ba))
ba[3:1] = b"ins"
print(ba)
x = bytearray(b"abcdef")
x[::-1] = b"UVWXYZ"
print(x)
x[1:5:2] = range(48, 50)
print(x)
for f in [lambda: x.__setitem__(slice(None, None, 2), b"12"), lambda: x.__setitem__(slice(0, 2), [300]), lambda: x.__setitem__(slice(0, 2), 5),
          lambda: x.__setitem__(0, b"a"), lambda: x.__setitem__(10, 1), lambda: x.__delitem__(10), lambda: x.__setitem__(slice(0, 2), "ab")]:
    try:
        f()
        print(x)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
