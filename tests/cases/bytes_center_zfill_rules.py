# bytes: center/ljust/rjust padding rules, fill byte checks, zfill with signs
for w in range(0, 9):
    print(w, b"ab".center(w, b"*"), b"abc".center(w, b"-"), bytearray(b"x").center(w))
print(b"ab".ljust(5, b"."), b"ab".rjust(5, bytearray(b".")), b"ab".ljust(-3), b"".center(3))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(2), b"-".zfill(3), b"".zfill(2), bytearray(b"7").zfill(3))
for bad in ["*", b"**", 42, None]:
    try:
        b"ab".center(6, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b"ab".rjust("6")
except TypeError as e:
    print("TypeError", e)
