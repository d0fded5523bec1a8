# str.center/ljust/rjust/zfill: widths, odd/even padding split, fill chars, signs, errors
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for w in [-1, 0, 3, 4, 5, 6, 7, 8]:
    print(w, repr("abc".center(w)), repr("abcd".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, "é")))
for s in ["42", "-42", "+42", "", "-", "+", "abc", "--1", " 1", "é"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-3)))
print("x".center(6, "ü"), "xy".center(5, "ü"), "".center(3, "+"), "ab".center(3))
show(lambda: "a".center(5, "ab"))
show(lambda: "a".center(5, ""))
show(lambda: "a".ljust(5, 1))
show(lambda: "a".rjust("5"))
show(lambda: "a".zfill("3"))
show(lambda: "a".center())
show(lambda: "a".ljust(2.0))
show(lambda: "a".zfill(3, 4))
