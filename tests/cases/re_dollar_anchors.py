import re

print(re.search(r"abc$", "abc\n"), re.search(r"abc\Z", "abc\n"), re.search(r"abc$", "abc\n\n"))
print(re.findall(r"\w+$", "one\ntwo\n"), re.findall(r"\w+$", "one\ntwo\n", re.M))
print(re.match(r"^\d+$", "123\n"), re.fullmatch(r"\d+", "123\n"))
print(re.search(r"\Aabc", "xabc"), re.search(r"^abc", "x\nabc", re.M))
print(re.sub(r"\s+$", "", "text   \n"), repr(re.sub(r"$", "!", "a\nb\n")))
print(re.findall(r"$", "a\n"), re.findall(r"^", "a\nb", re.M), re.findall(r"$", "a\nb\n", re.M))
lines = "alpha\nbeta\ngamma\n"
print(re.findall(r"^(\w)\w*$", lines, re.M))
print(re.search(r".$", "ab\n").group(), re.search(r".\Z", "ab\n"))
print(re.split(r"$", "a\nb", flags=re.M))
print(re.compile(r"x$").search("x\ny", 0, 2), re.compile(r"x$").search("xy", 0, 1))
print(re.match(r"\b", ""), re.match(r"\B", ""), re.match(r"\B", "a"), re.findall(r"\B", "ab"))
