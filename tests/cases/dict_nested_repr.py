# dict: nested container reprs, recursive dict repr, str keys with quotes
d = {"list": [1, 2, {"inner": (3, 4)}], "set": {5}, "empty": {}, "tuple": (1,), "none": None, 'q"': "it's"}
print(d)
print(str(d) == repr(d))
d["self"] = d
print(d)
e = {}
e[1] = [e, e]
print(e)
print({"a": {"b": {"c": {}}}}, [{}, {1: {2: []}}])
print({1: frozenset(), 2: set(), 3: frozenset({1}), 4: range(3), 5: slice(1, 2)})
