# float: error messages for unparseable strings and bad argument types
for bad in ["", " ", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "1_.5", "1._5", "0x10", "in f", "nann",
            "infinity1", "- 1", "1,5", "1e5.5", "++1", ".", "inf_", b"x", None, [1.0], "12\x00"]:
    try:
        print(float(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("1", "2")
except TypeError as e:
    print("TypeError:", e)
