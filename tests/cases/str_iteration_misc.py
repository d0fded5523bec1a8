# str: iterating, enumerate, reversed, str() of many objects, str methods returning copies
s = "abc"
for i, ch in enumerate(s):
    print(i, ch, end="; ")
print()
print(list(reversed(s)), list(s), tuple(s), set("aab") == {"a", "b"}, "".join(sorted("banana")))
print(str(12), str(1.0), str([1, "a"]), str(None), str(b"x"), str((1,)), str({"a": 1}))
print(str(), repr(str()), str("x", ), str(b"abc", "ascii"))
print("Hello"[1:3].upper() + "!", "ab".join("12"), "abc"[::-1].capitalize())
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"]))
print("abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"))
