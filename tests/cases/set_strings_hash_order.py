# set: iteration order of string and int sets under PYTHONHASHSEED=0, hash() of strs/ints/tuples
words = {"red", "green", "blue", "yellow", "cyan", "magenta", "black", "white"}
print(words)
print(sorted(words))
print({"a", "b", "c", "d", "e"}, {"x"}, {"", "z"})
print({-5, 0, 5, 10, 15, 33, 64, 65, 129}, {2 ** 40, 7, 2 ** 61 - 1, 2 ** 61})
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 10 ** 20, -(10 ** 20)]:
    print("hash", v, hash(v))
for s in ["a", "ab", "hello", "Hello", "日本"]:
    print("hash", repr(s), hash(s))
for t in [(), (0,), (1, 2, 3), ("a", "b"), ((1, 2), (3,)), (1.5,)]:
    print("hash", t, hash(t))
print(list({"one": 1, "two": 2, "three": 3}.keys()), list({"q", "w", "e", "r", "t", "y"}))
