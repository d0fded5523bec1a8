# str: find/rfind/index/rindex/count with start/end, and ValueError from index
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.rfind("o", 0, 10), s.find(""), s.rfind(""))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 5, 15))
print(s.find("o", -5), s.find("h", -100), "abc".find("c", 5))
try:
    s.index("java")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("java")
except ValueError as e:
    print("ValueError:", e)
print("world" in s, "World" in s, "" in s, s.startswith("hello"), s.endswith("python"))
print(s.startswith(("x", "he")), s.endswith(("on", "zz")), s.startswith("world", 6), s.endswith("hello", 0, 5))
try:
    s.startswith(["h"])
except TypeError as e:
    print("TypeError:", e)
