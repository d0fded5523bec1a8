# dict: get/setdefault/pop/popitem/update/copy/clear/fromkeys
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("q"), d.get("q", "dflt"), d.setdefault("x", 99), d.setdefault("z", []), d)
d.setdefault("z", []).append(5)
print(d, d.pop("y"), d.pop("nope", "gone"), d)
d.update({"a": 1}, b=2)
d.update([("c", 3), ("x", -1)])
d.update(e=5)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"], c is d)
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
for bad in [lambda: d.pop("missing"), lambda: {}.popitem(), lambda: d.update(5), lambda: d.update([(1, 2, 3)]), lambda: dict([1, 2])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
