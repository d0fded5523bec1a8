# str as dict/set keys: equal strings built different ways, unicode keys, mixed key types, hash stability
parts = ["ke", "y"]
d = {"key": 1, "ключ": 2, "😀": 3, "": 4}
print(d["".join(parts)], d["клю" + "ч"], d[chr(0x1F600)], d[str()], "key" in d, "KEY".lower() in d)
s = {"a", "a" * 1, "".join(["a"]), "A".lower(), "b"}
print(sorted(s), len(s), hash("abc") == hash("ab" + "c"), hash("") == hash(str()), hash("é") == hash("e\u0301"))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "int", "1": "str"}, {True: "b", "True": "s"}, {"é": 1} == {"\xe9": 1}, {"e\u0301": 1} == {"é": 1})
print(dict.fromkeys("abca"), set("mississippi") == {"m", "i", "s", "p"}, frozenset("aab") == frozenset("ba"))
