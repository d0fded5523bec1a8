# bytes: hash values (siphash13 with the fixed seed) decide set iteration order, same as str
print({b"a", b"b", b"c", b"dd", b"hello", b"", b"xyz"})
print(hash(b"abc"), hash(b""), hash(b"hello world"), hash(b"abc") == hash(bytes(bytearray(b"abc"))))
print(set(bytes([i]) for i in range(20)))
print(frozenset([b"k1", b"k2", b"k3"]), sorted({b"z": 1, b"a": 2}), {b"x": 1, b"y": 2}.keys())
