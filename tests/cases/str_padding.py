# str: center/ljust/rjust/zfill/expandtabs with widths and fill chars
for w in [0, 5, 10, 11]:
    print("|" + "abc".center(w) + "|" + "abc".ljust(w, "*") + "|" + "abc".rjust(w, "-") + "|")
print("ab".center(5, "."), "ab".center(6, "."), "abc".center(6, "."), "a".center(4, "#"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
