# str: edge cases of count/find/in with empty strings and overlapping matches
s = "aaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count(""), "".count(""), "".count("a"))
print(s.find("aa", 1), s.find("aa", 3), s.rfind("aa"), s.find("", 4), s.find("", 5), "".find(""))
print("" in "", "" in "abc", "a" in "", "abc".startswith(""), "abc".endswith(""), "abc".startswith("abc", 3))
print("abc".replace("", "-", 1), "abc".split("abc"), "abcabc".split("abc"), "abc".partition("abc"))
print("hello"[::-1].find("l"), "mississippi".count("issi"), "mississippi".replace("issi", "X"))
