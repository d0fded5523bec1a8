import json

print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({False: 0, 10**25: "big", -0.0: "negzero", float("inf"): "inf", float("nan"): "nan"}))
print(json.dumps({1: "a", True: "b"}))
print(json.loads(json.dumps({1: "x", 2: "y"})))
for bad in ({(1, 2): "tuple"}, {frozenset(): 1}, {b"k": 1}, {object: 1}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): "tuple", "ok": 1, b"k": 2, 3: 3}, skipkeys=True))
print(json.dumps({(1, 2): "only"}, skipkeys=True), json.dumps({(1, 2): "only"}, skipkeys=True, indent=2))
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
