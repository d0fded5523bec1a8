# bytearray: append/extend/insert/pop/remove, item and slice assignment, repr
ba = bytearray(b"abc")
print(ba, repr(ba), len(ba), ba[0], bytearray(), bytearray(3), bytearray([1, 2]))
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.insert(0, 65)
print(ba)
ba[1] = 66
ba[2:4] = b"XYZW"
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("X"))
del ba[0]
del ba[-2:]
print(ba, ba.decode(), bytes(ba), ba == b"YZWde" , ba.upper(), type(ba.upper()).__name__)
ba += b"!!"
ba *= 2
print(ba, ba.find(b"!"), ba.count(b"!"), ba.hex())
ba.reverse()
print(ba)
for bad in [lambda: ba.append(256), lambda: ba.__setitem__(0, -1), lambda: ba.remove(250), lambda: bytearray().pop(), lambda: ba.extend("s")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    hash(ba)
except TypeError as e:
    print("TypeError:", e)
