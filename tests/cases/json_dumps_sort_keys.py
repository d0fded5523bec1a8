import json

d = {"b": 1, "a": {"d": 4, "c": 3}, "C": 0, "é": 5, "_": 6}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=2))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({2.5: "x", 1: "y", -1: "z"}, sort_keys=True))
for bad in ({1: 2, "a": 3}, {"a": 3, 1: 2}, {None: 1, "x": 2}, {(1,): 1, (0,): 2}):
    try:
        print(json.dumps(bad, sort_keys=True))
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({"z": 1, "y": 2}), json.dumps({"z": 1, "y": 2}, sort_keys=False))
