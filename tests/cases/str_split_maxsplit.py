# str.split/rsplit: maxsplit values (0, negative, larger than count), None sep, keywords
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "  a  b\tc\n d  "
for m in [-5, -1, 0, 1, 2, 3, 10]:
    print(m, s.split(maxsplit=m), s.rsplit(maxsplit=m))
for m in [-1, 0, 1, 2, 5]:
    print(m, "a,b,,c,".split(",", m), "a,b,,c,".rsplit(",", m))
print("x".split(None), "x".split(None, 0), "  x  ".split(None, 0), "  x  ".rsplit(None, 0))
print("".split(None, 0), "".rsplit(","), "   ".rsplit(None, 1))
print("aaa".split("a"), "aaa".rsplit("aa"), "aaaa".split("aa"), "aaaaa".rsplit("aa", 1))
print("a--b--c".split(sep="--", maxsplit=1), "a--b--c".rsplit(sep="--", maxsplit=1))
print("\u3000x\u2003y\u00a0z\x85w".split(), "a\u200bb".split())
print("é,ü,ö".split(","), "日本 語".split(), "αβγ".split("β"))
show(lambda: "abc".split(1))
show(lambda: "abc".split(","  , "1"))
show(lambda: "abc".split(",", 1.5))
show(lambda: "abc".rsplit(""))
show(lambda: "abc".split(x=1))
show(lambda: "abc".split(",", 1, 2))
show(lambda: "a b".split(maxsplit=None))
