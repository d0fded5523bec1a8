# dict: keys/values/items views, reprs, live updates, set operations on views
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(k, len(v), ("d", 4) in it, "a" in k, 4 in v)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, it & {("a", 1), ("b", 0)})
print(sorted(k | ["x"]), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(d.values())), list(reversed(d.items())))
print({}.keys(), {}.values(), {}.items(), type(k).__name__, type(v).__name__, type(it).__name__)
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
print(list(zip(d.keys(), d.values())), [f"{a}={b}" for a, b in d.items()])
