# str: zfill with signs, center parity, ljust/rjust with width smaller than string
for s in ["7", "-7", "+7", "007", "", "-", "abc", "-abc"]:
    print(repr(s.zfill(4)), end=" ")
print()
for w in range(1, 8):
    print(repr("ab".center(w)), repr("abc".center(w, "-")), end=" | ")
print()
print("abc".ljust(2), "abc".rjust(0), "x".ljust(3, "é"), "🙂".center(5, "."))
