# builtin: min/max return the first of equal elements; key functions with ties; strings compare by code point
words = ["bb", "aa", "cc", "a", "ccc", "zzz"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
pairs = [(1, "x"), (3, "y"), (3, "z"), (1, "w")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max("Zebra", "apple", "Mango"), min("Zebra", "apple", "Mango", key=str.lower), max([0, -0.0]), max([-0.0, 0]))
print(max([1, 2, 3], key=lambda x: -x), min({"b": 2, "a": 1}, key=lambda k: -ord(k)))
