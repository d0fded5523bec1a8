# bytearray: slice assignment with different sizes, extended slices, deletion, in-place ops
ba = bytearray(range(10))
ba[2:5] = b"\xff"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[1::3]
print(ba)
ba[0:0] = b"start"
print(ba, len(ba))
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = b"x"
except TypeError as e:
    print("TypeError:", e)
ba2 = bytearray(b"hello")
ba2[0] = ord("j")
ba2[-1:] = b"y!"
print(ba2, ba2.decode(), ba2.startswith(b"je"), ba2.replace(b"l", b"L"), ba2.split(b"l"))
