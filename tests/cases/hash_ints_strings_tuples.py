# hash: hash() of ints (including -1 and large values), strings and tuples under PYTHONHASHSEED=0
for v in [0, 1, 7, -1, -7, 10 ** 9, 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 100, -(2 ** 100)]:
    print("int", v, hash(v))
for s in ["", "x", "abc", "montybox", "The quick brown fox", "üñí", "🙂", "a\x00b"]:
    print("str", repr(s), hash(s))
for t in [(1,), (1, 2), (2, 1), ("a", ("b", "c")), (1, "a", 2.5, True, 0)]:
    print("tuple", t, hash(t))
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-0.5), hash(1e100))
