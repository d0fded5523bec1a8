# float: hashes match CPython's numeric hash (equal to int hash for integral floats)
for v in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, 1e10, 1e20, 1e300, 2.0**61, 2.0**62, 3.14159, -2.71828, 5e-324, 1.7976931348623157e308]:
    print(repr(v), hash(v))
print(hash(float("inf")), hash(float("-inf")), hash(1.0) == hash(1), hash(2.0**80) == hash(2**80), {0.5: "half"}[0.5])
d = {}
for k in [1, 1.0, 2, 2.5, True, 0, 0.0, False]:
    d[k] = d.get(k, 0) + 1
print(d)
