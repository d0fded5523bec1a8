import json

data = {"a": [1, 2, {"b": None, "c": []}], "d": {}, "e": {"f": "g"}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-3))
print(json.dumps(data, indent=""))
print(json.dumps(data, indent="ab"))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps([1, 2], indent=2, separators=(", ", ": ")))
print(json.dumps({"a": 1, "b": 2}, indent=2, separators=(",", " = ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps("x", indent=2), json.dumps(5, indent=2))
print(json.dumps([[], {}, [[]]], indent=2))
print(json.dumps({"k": [1]}, indent=True))
try:
    json.dumps([1], indent=1.5)
except TypeError as e:
    print(type(e).__name__, e)
