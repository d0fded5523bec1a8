import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps([Point(1, 2), {"p": Point(3, 4)}, {3, 1}], cls=PointEncoder))
print(json.dumps({"p": Point(1, 2)}, cls=PointEncoder, indent=2, sort_keys=True))
try:
    json.dumps([Ellipsis], cls=PointEncoder)
except TypeError as e:
    print(type(e).__name__, e)
enc = PointEncoder(indent=1)
print(enc.encode([Point(0, 0)]))
e = json.JSONEncoder()
print(e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent, repr(e.item_separator), repr(e.key_separator))
e2 = json.JSONEncoder(indent=2, sort_keys=True, separators=(",", "="))
print(e2.indent, e2.sort_keys, e2.item_separator, e2.key_separator, e2.encode({"b": 1, "a": [1, 2]}))
print(repr(json.JSONEncoder(indent=4).item_separator))
print(list(json.JSONEncoder().iterencode([1, {"a": "b"}])))
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1, 2]})))
print(json.JSONEncoder(default=str).encode({"o": Ellipsis}))
try:
    json.JSONEncoder().default(Ellipsis)
except TypeError as err:
    print(type(err).__name__, err)
try:
    json.JSONEncoder(bad=1)
except TypeError as err:
    print(type(err).__name__, err)
class Counting(json.JSONEncoder):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.seen = 0
    def default(self, o):
        self.seen += 1
        return repr(o)
c = Counting()
print(c.encode([Ellipsis, NotImplemented]), c.seen)
class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"a": "b"}, cls=Upper))
print(isinstance(PointEncoder(), json.JSONEncoder), json.JSONEncoder.__name__)
