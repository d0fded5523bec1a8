import re

print(re.sub("x*", "-", "abxd"))
print(re.findall("|a", "a"), re.findall("a|", "a"))
print(re.sub("a|", "-", "bab"))
print([m.span() for m in re.finditer(r"\b", "ab cd")])
print(re.split("x*", "axbc"), re.split("", "ab"))
print(re.findall(r"a??", "aa"), re.findall(r"a*?", "aa"))
print(re.sub(r"(?:)", "|", "ab"), re.subn(r"\b", "|", "ab cd"))
print(re.findall(r"(a|)*", "aa"), re.match(r"(a|)*", "aa").groups())
print(re.match(r"(a*)*", "b").groups(), re.match(r"(a*)+", "b").groups())
print(re.search(r"(?:b|\s??)*", "b  ").span(), re.search(r"a(?:\s{0,2}?)*", "a  ").span())
print(re.compile("").findall("abc", 1, 2))
print(re.sub(r"(?<=a)", "-", "aaa"))
