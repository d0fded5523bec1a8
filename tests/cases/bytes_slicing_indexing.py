# bytes: indexing returns ints, slicing returns bytes (or bytearray), negative and stepped slices
b = b"0123456789"
print(b[0], b[-1], b[5], type(b[0]).__name__, b[2:5], b[:3], b[7:], b[-3:], b[::2], b[::-1], b[8:2:-2], b[100:], b[-100:2], b[5:2])
ba = bytearray(b)
print(ba[0], ba[-2], ba[2:4], ba[::-3], type(ba[1:3]).__name__, ba[::], ba[1:1], b[slice(1, None, 3)], b[True])
for f in [lambda: b[10], lambda: b[-11], lambda: ba[10], lambda: b["1"], lambda: ba[1.0], lambda: b[::0], lambda: b[2**70]]:
    try:
        print(f())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
