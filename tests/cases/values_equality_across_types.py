# values: == across types — int/float/bool equal, containers compare elementwise, different types unequal
pairs = [(1, 1.0), (1, True), (0, False), ("1", 1), ([1], (1,)), ([1, 2], [1, 2.0]), ({1: "a"}, {1.0: "a"}),
         ({1, 2}, frozenset({2, 1})), (range(3), range(0, 3)), (b"a", "a"), (b"a", bytearray(b"a")), (None, 0), ((), []), ("", b"")]
for a, b in pairs:
    print(f"{a!r} == {b!r}: {a == b}")
