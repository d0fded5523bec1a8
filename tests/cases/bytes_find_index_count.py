# bytes: find/rfind/index/rindex/count with int needles and start/end bounds
b = b"abracadabra"
print(b.find(b"bra"), b.rfind(b"bra"), b.find(b"bra", 2), b.find(b"bra", 2, 8), b.find(b"a", -3), b.rfind(b"a", 0, -1), b.find(b""), b.rfind(b""))
print(b.find(97), b.rfind(97), b.find(ord("z")), b.index(b"c"), b.rindex(b"a"), b.index(98, 2), b.count(b"a"), b.count(b"a", 1, 5), b.count(97))
print(b.count(b""), b.count(b"", 3), b"aaaa".count(b"aa"), b.find(b"", 20), b.find(b"", 11), b.rfind(b"", 4, 2), b.startswith(b"bra", 1), b.endswith(b"cad", 0, 7))
print(b.startswith((b"x", b"ab")), b.endswith(b""), b.startswith(b"abr", -11), bytearray(b).find(b"dab"), b.find(bytearray(b"cad")), 97 in b, b"dab" in b, 300 in [b])
for f in [lambda: b.index(b"zz"), lambda: b.rindex(b"q"), lambda: b.find(256), lambda: b.find("a"), lambda: b.count(-1),
          lambda: b.startswith("a"), lambda: b.index(b"a", 5, 6), lambda: 256 in b, lambda: "a" in b]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
