# int/float: equal numbers hash equal, hash of -1 is -2, hashes wrap modulo 2**61-1
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 - 2, -(2**61), 2**63, 2**64 + 7, -(2**100), 10**30, 12345678901234567890]
for v in vals:
    print(v, hash(v), hash(float(v)) == hash(v) if abs(v) < 2**1000 else None)
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(-0.0), hash(2.0**64), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(2**53 + 1), hash(float(2**53)), {1: "a", 1.0: "b", True: "c"}, {2**64: 1, float(2**64): 2})
print(len({0, 0.0, False, -0.0}), {1.5: 1}[1.5], {10**20: "big"}[float(10**20)], 10**20 == float(10**20), 1e300 in {int(1e300)})
