import json

vals = [float("nan"), float("inf"), -float("inf")]
print(json.dumps(vals))
print(json.dumps({"x": float("nan")}, indent=1))
for v in vals:
    for kw in ({}, {"indent": 2}):
        try:
            json.dumps([v], allow_nan=False, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
print(json.dumps([1.5], allow_nan=False))
print(json.loads("[NaN, Infinity, -Infinity]"))
r = json.loads('{"v": NaN}')["v"]
print(r != r, type(r).__name__)
for bad in ["nan", "-NaN", "infinity", "+Infinity", "INF"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
