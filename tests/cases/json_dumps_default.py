import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    def isoformat(self):
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)

for obj in ({1, 2}, Point(1, 2), Date(2024, 1, 2), b"bytes", range(3), len, Ellipsis):
    try:
        print(json.dumps(obj))
    except TypeError as e:
        print(type(e).__name__, e)

def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Date):
        return o.isoformat()
    if hasattr(o, "__dict__"):
        return vars(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

print(json.dumps({"s": {3, 1, 2}, "p": Point(1, 2), "d": Date(2024, 5, 6)}, default=default))
print(json.dumps([Point(Point(1, 2), {4})], default=default, indent=1))
print(json.dumps({"x": Date(2020, 1, 1)}, default=str)[:20])
try:
    json.dumps({"c": Ellipsis}, default=default)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
# default must return something serializable; returning the object again is circular
try:
    json.dumps(Point(1, 2), default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)
# a default that keeps producing new unserializable objects
try:
    json.dumps(Point(0, 0), default=lambda o: Point(o.x + 1, 0), check_circular=False)
except RecursionError as e:
    print(type(e).__name__, e)
def failing(o):
    raise ValueError("cannot serialize %s" % type(o).__name__)
try:
    json.dumps([1, Point(1, 2)], default=failing)
except ValueError as e:
    print(type(e).__name__, e)
