# comp: dict and set comprehensions, key collisions keep last value, inverted dicts
d = {w: len(w) for w in ["a", "bb", "a", "ccc"]}
print(d, {v: k for k, v in d.items()}, {k: v for k, v in zip("abc", range(3)) if v})
print({x % 3 for x in range(10)}, {(x, x * x) for x in range(3)} == {(0, 0), (1, 1), (2, 4)})
print({i: {j: i * j for j in range(2)} for i in range(3)})
print({c: "abcabc".count(c) for c in "abcabc"})
print({k: v for k, v in sorted({"b": 1, "a": 2}.items())})
