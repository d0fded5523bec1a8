# str miscellany: truthiness, chained comparisons, identity-free equality, conversions, augmented ops
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(bool(""), bool(" "), bool("0"), not "", "a" < "b" < "c", "a" < "c" > "b", "b" == "b" != "c")
s = "ab"
s += "cd"
s *= 2
print(s, len(s), s is not None, str(s) == s, s[len(s) - 1], s.__class__ is str)
t = ""
for i in range(5):
    t += str(i) * i
print(t, t.count("4"), repr(t[:0]), repr(t[100:]), t[-3:], t[:-3])
print("%s-%s" % ("a", "b") + "c", "x" "y" "z", "a" + str(1) + str(2.0) + str(None) + str(True))
print(int("42") + 1, float("3.5") * 2, str(42) + "!", repr(str(3.0)), str(-0.0), str(1e100)[:5])
print(list("abc") == ["a", "b", "c"], tuple("ab"), "".join(["x"] * 3), "x".join("yyy"), "abc"[1:2] * 3)
print(sum(len(w) for w in "a bb ccc".split()), [w[::-1] for w in "ab cd".split()], {c: i for i, c in enumerate("abc")})
show(lambda: "".join(s)[9])
show(lambda: "abc".nosuch)
show(lambda: "abc".upper.nosuch)
show(lambda: len(5))
show(lambda: "a" < None)
show(lambda: "abc" - "c")
show(lambda: "5" + 5)
show(lambda: 5 + "5")
