# str.replace: count argument (0, negative, partial), empty old, unicode, keyword count error
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "one two one two one"
for c in [-1, 0, 1, 2, 3, 10]:
    print(c, s.replace("one", "1", c))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("", "x", 0), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "ééé".replace("é", "e", 2), "x".replace("x", "yyy"))
print("日本日本".replace("本", "!"), "abc".replace("abc", ""), "abcabc".replace("bc", "BC", 1))
print("ab".replace("", "é"), "aXbXc".replace("X", "\n"))
show(lambda: "abc".replace("a"))
show(lambda: "abc".replace(1, "b"))
show(lambda: "abc".replace("a", 2))
show(lambda: "abc".replace("a", "b", "1"))
show(lambda: "abc".replace("a", "b", 1.0))
show(lambda: "abc".replace("a", "b", count=1))
