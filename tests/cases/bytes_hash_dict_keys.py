# bytes: bytes are hashable dict keys and set members; bytearray is not
d = {b"a": 1, b"b": 2}
d[b"a"] += 10
print(d, d[bytes([97])], b"b" in d, {b"x", b"x", b"y"} == {b"y", b"x"}, len({b"", bytes()}))
print(hash(b"abc") == hash(bytes(bytearray(b"abc"))), hash(b"") == hash(bytes(0)), sorted(d), list({b"k": 1}.keys()))
print(d.get(b"zz", "none"), {b"1": "one"}.get(b"1"), dict.fromkeys([b"p", b"q"], 0))
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    print(d["a"])
except KeyError as e:
    print("KeyError:", e)
