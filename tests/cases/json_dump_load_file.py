import json

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def getvalue(self):
        return "".join(self.parts)

class Reader:
    def __init__(self, text):
        self.text = text
        self.calls = 0
    def read(self):
        self.calls += 1
        return self.text

w = Writer()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, w)
print(w.parts)
print(w.getvalue())
w = Writer()
json.dump([1, [2, 3], {}, []], w, indent=2)
print(w.parts)
w = Writer()
json.dump({"k": [1, 2]}, w, indent=1, sort_keys=True, separators=(",", ": "))
print(repr(w.getvalue()))
w = Writer()
try:
    json.dump({"a": 1, "b": {1, 2}}, w)
except TypeError as e:
    print(type(e).__name__, e)
print(w.parts)
r = Reader('{"x": [1, 2, 3], "y": "z"}')
print(json.load(r), r.calls)
print(json.load(Reader("[1.5, 2]"), parse_float=str))
try:
    json.load(Reader('{"x": [1, 2, 3]'))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
w = Writer()
json.dump("just a string", w)
json.dump(None, w)
print(w.parts)
try:
    json.dump({"a": 1}, object())
except AttributeError as e:
    print(type(e).__name__, e)
try:
    json.load("not a file")
except AttributeError as e:
    print(type(e).__name__, e)
w = Writer()
json.dump({"nan": float("nan")}, w)
print(w.getvalue())
w = Writer()
try:
    json.dump([float("nan")], w, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
