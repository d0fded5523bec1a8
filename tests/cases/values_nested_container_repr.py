# values: reprs of deeply nested mixed containers, empty containers and special floats inside them
data = {"list": [1, [2, [3, []]]], "tuple": (1, (2,), ()), "set": {frozenset({1})}, "dict": {1: {2: {}}},
        "bytes": [b"", bytearray(b"\x00")], "floats": [0.1, -0.0, float("inf"), 1e-10, 1e16], "none": [None, ..., NotImplemented],
        "ranges": [range(0), range(1, 5, 2)], "strs": ["", "'", '"', "\\", "\t"], "bools": (True, False)}
for k, v in data.items():
    print(k, "=", v)
print(data["list"][1][1][1], repr(data["strs"]))
