import json

a = [1, 2]
a.append(a)
d = {"k": 1}
d["self"] = d
nested = {"list": [{"back": None}]}
nested["list"][0]["back"] = nested
for obj in (a, d, nested):
    for kw in ({}, {"indent": 2}, {"sort_keys": True}):
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
shared = [1, 2]
print(json.dumps([shared, shared, {"again": shared}]))
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    json.dumps(d, check_circular=False, indent=1)
except RecursionError as e:
    print(type(e).__name__, e)
