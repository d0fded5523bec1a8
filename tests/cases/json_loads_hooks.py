import json

print(json.loads('{"a": 1.5, "b": [1, 2.0, 3e2]}', parse_float=str))
print(json.loads('{"a": 1.5, "b": [10, -2]}', parse_int=lambda s: int(s) * 10))
print(json.loads('[1, 2.5]', parse_int=float, parse_float=lambda s: round(float(s))))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: "const:" + s))
print(json.loads('{"a": {"b": 1}, "c": []}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2, "b": {}}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_hook=lambda d: "H", object_pairs_hook=lambda p: "P"))
class Obj:
    def __init__(self, d):
        self.__dict__.update(d)
    def __repr__(self):
        return "Obj(%s)" % ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
print(json.loads('{"x": 1, "inner": {"y": [1, {"z": 2}]}}', object_hook=Obj))
def hook(d):
    if "__point__" in d:
        return (d["x"], d["y"])
    return d
print(json.loads('[{"__point__": true, "x": 1, "y": 2}, {"other": 3}]', object_hook=hook))
calls = []
json.loads('{"a": {"b": {"c": 1}}}', object_hook=lambda d: calls.append(list(d)) or d)
print(calls)
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=dict), json.loads("[]", object_hook=dict))
def bad_hook(d):
    raise KeyError("missing")
try:
    json.loads('{"a": 1}', object_hook=bad_hook)
except KeyError as e:
    print(type(e).__name__, e)
