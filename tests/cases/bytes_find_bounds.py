# bytes: find/rfind/count/index/startswith with start/end bounds, empty needles, int needles
b = b"abcabcab"
for args in [(b"ab",), (b"ab", 1), (b"ab", 1, 4), (b"ab", -3), (b"ab", None, -1), (b"",), (b"", 8), (b"", 9), (b"", 5, 3),
             (97,), (97, 4), (b"ab", 10**30), (b"ab", -10**30), (b"ab", True)]:
    print(args[1:], b.find(*args), b.rfind(*args), b.count(*args), b.startswith(args[0] if isinstance(args[0], bytes) else b"a", *args[1:]), b.endswith(args[0] if isinstance(args[0], bytes) else b"b", *args[1:]))
for f in [lambda: b.index(b"zz"), lambda: b.rindex(b"ab", 7), lambda: b.find("a"), lambda: b.find(256), lambda: b.count(-1),
          lambda: b.find(b"a", "x"), lambda: b.startswith("a"), lambda: b.endswith([b"b"]), lambda: b.startswith((b"a", "b"))]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b.startswith((b"x", b"ab")), b.endswith(()), b.startswith(b"", 8), b.startswith(b"", 9))
