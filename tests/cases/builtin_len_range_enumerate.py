# builtin: len of many containers, enumerate with start, len errors
print(len("héllo"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)), len(b"ab"), len(bytearray(3)), len(frozenset("aab")))
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)), list(enumerate("xy", -2)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"), type(e).__name__)
for bad in [5, 2.5, None, iter([1])]:
    try:
        len(bad)
    except TypeError as err:
        print("TypeError:", err)
