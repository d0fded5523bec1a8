# str.partition/rpartition: found, not found, separators at edges, multi-char, unicode, errors
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for s in ["key=value", "=v", "k=", "=", "none", "", "a=b=c", "ünï=cödé"]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "abc".partition("abc"), "abc".rpartition("abcd"))
print("a→b→c".partition("→"), "a→b→c".rpartition("→"))
show(lambda: "abc".partition(""))
show(lambda: "abc".rpartition(""))
show(lambda: "abc".partition(None))
show(lambda: "abc".partition(1))
show(lambda: "abc".partition())
show(lambda: "abc".rpartition(b"b"))
