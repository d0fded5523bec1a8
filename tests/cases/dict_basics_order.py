# dict: insertion order preserved, overwrite keeps position, deletion and reinsertion moves to end
d = {"b": 1, "a": 2, "c": 3}
d["a"] = 20
d["z"] = 0
print(d, list(d), len(d))
del d["b"]
d["b"] = 100
print(d)
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "t", "s": [1], None: None, 2.5: {}})
print(dict(), {}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("ab", [1, 2])))
print("a" in d, "q" in d, 20 in d, 20 in d.values(), d == {"c": 3, "a": 20, "z": 0, "b": 100}, d != {})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
