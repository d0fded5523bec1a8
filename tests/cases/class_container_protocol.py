# class: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__ on a custom container
class Registry:
    def __init__(self):
        self._d = {}
    def __len__(self):
        return len(self._d)
    def __getitem__(self, k):
        print("getitem", repr(k))
        return self._d[k]
    def __setitem__(self, k, v):
        print("setitem", repr(k), repr(v))
        self._d[k] = v
    def __delitem__(self, k):
        print("delitem", repr(k))
        del self._d[k]
    def __contains__(self, k):
        print("contains", repr(k))
        return k in self._d
    def __iter__(self):
        return iter(sorted(self._d))
r = Registry()
r["b"] = 2
r["a"] = 1
r["a"] += 10
print(len(r), r["a"], "a" in r, "z" not in r, list(r), bool(r))
del r["b"]
print(len(r), [k for k in r])
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    r[1:3] = "slice"
except TypeError as e:
    print("TypeError:", e)
print(sorted(r._d.items()))
