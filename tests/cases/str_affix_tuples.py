# str.startswith/endswith: tuples, start/end ranges (negative, beyond), empty prefix, errors
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "hello world"
print(s.startswith("hello"), s.startswith(("x", "he")), s.startswith(()), s.endswith(("ld", "zz")), s.endswith(""))
for args in [(6,), (6, 8), (-5,), (-5, -2), (20,), (11,), (12,), (0, 100), (3, 1), (None, 5), (None,)]:
    print(args, s.startswith("wor", *args), s.endswith("wor", *args), s.startswith("", *args), s.endswith("", *args))
print("ab".startswith("", 2), "ab".startswith("", 3), "ab".endswith("", 3), "".startswith(""), "".endswith("", 1))
print("héllo".startswith("hé"), "héllo".endswith("lo", 1, 5), "héllo".startswith("l", -3))
show(lambda: s.startswith(["he"]))
show(lambda: s.endswith(("a", 1)))
show(lambda: s.startswith(None))
show(lambda: s.startswith("h", "1"))
show(lambda: s.endswith())
show(lambda: s.startswith(b"h"))
