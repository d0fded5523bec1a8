# bytes: split/rsplit with and without separators, maxsplit, splitlines, join of mixed bytes-likes
s = b"  one two\tthree\nfour  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(b" "), s.rsplit(b" ", 2), b"".split(), b"".split(b","))
print(b"a,b,,c,".split(b","), b"a,b,,c,".split(b",", 1), b"a,b,,c,".rsplit(b",", 1), b"a::b::c".split(b"::"), b"abc".split(b"abc"))
print(b"a\x85b\xa0c".split(), b"a\x1cb".split(), b"x\x0by\x0cz".split(), bytearray(b"p q").split(), b"1 2 3".split(maxsplit=1))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\nl2\n".splitlines(True), b"".splitlines(), b"\n".splitlines(), b"a\x0bb".splitlines())
print(b"-".join([b"a", b"b"]), b"".join([]), b", ".join([bytearray(b"x"), b"y", memoryview(b"z")]) if False else b", ".join([bytearray(b"x"), b"y"]), bytearray(b"+").join((b"1", b"2")))
print(b"-".join(x for x in [b"g", b"e", b"n"]), b"".join([b"ab"] * 3), type(bytearray(b"").join([])).__name__)
for bad in [lambda: b"a".split(b""), lambda: b",".join([b"a", 1]), lambda: b",".join(b"ab"), lambda: b"a b".split(" ")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
