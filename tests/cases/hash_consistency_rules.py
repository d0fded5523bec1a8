# hash: equal objects have equal hashes across int/float/bool/str/tuple/frozenset; hash of -1 special case
pairs = [(1, 1.0), (0, -0.0), (True, 1), (2 ** 61 - 1, 0), (("a", 1), ("a", 1.0)), (frozenset({1, 2}), frozenset({2, 1})), (1.5, 1.5), (-1, -2)]
for a, b in pairs:
    print(repr(a), repr(b), hash(a) == hash(b), a == b)
print(hash(-1), hash(-2), hash(-1.0), hash((-1,)) == hash((-2,)))
print(hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(float(2 ** 61)), hash(0.1), hash(1e300), hash(-1e-300))
