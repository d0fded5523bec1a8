# bool: bitwise ops, formatting, and conversion of bools
print(f"{True}", f"{True:d}", f"{False:5}|", f"{True:>6}|", format(True, "b"), format(False, ".2f"), "%d %s %r" % (True, True, False))
print(True.bit_length(), True.to_bytes(1, "big"), bool.from_bytes(b"\x01", "big") if False else "skip", int.from_bytes(b"\x00", "big") == False)
a = True
a += 1
b = False
b |= True
c = True
c &= False
print(a, type(a).__name__, b, type(b).__name__, c, type(c).__name__, True ^ False ^ True, not True, not 0)
print(bool("False"), bool([]), bool([0]), bool(None), True and 5, False or "x", 0 or False, 1 and True)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(True / False)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
