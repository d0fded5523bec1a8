# str.find/rfind/index/rindex/count with start/end: negative, out of range, empty needle, None
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "abcabcabc"
for args in [("b",), ("b", 2), ("b", -3), ("b", 2, 4), ("b", 2, 5), ("b", -100), ("b", 100), ("b", 4, 1),
             ("", ), ("", 9), ("", 10), ("", -1), ("", 5, 3), ("abc", -3), ("c", None, 3), ("c", None, None), ("x",)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
for args in [("b",), ("b", 5), ("", 9), ("c", -1)]:
    print(args, s.index(*args), s.rindex(*args))
u = "héllo wörld héllo"
print(u.find("l"), u.rfind("l"), u.find("ö"), u.rfind("héllo"), u.count("l"), u.count("l", 3, -3), u.find("o", -5), u.index("w"))
print("aaaa".count("aa"), "aaaa".count("a", 1), "".count(""), "abc".count(""), "abc".count("", 1, 2), "é".count("", 5))
print("abc".find("c", 2**70), "abc".rfind("a", -2**70), "abc".count("a", -2**70, 2**70))
show(lambda: s.index("x"))
show(lambda: s.rindex("x"))
show(lambda: s.index("b", 8))
show(lambda: s.find(1))
show(lambda: s.count(None))
show(lambda: s.find("a", "1"))
show(lambda: s.find())
show(lambda: s.count("a", 1, 2, 3))
show(lambda: s.index("a", 1.0))
