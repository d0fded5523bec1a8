import re

text = "apple=1, banana=22, cherry=333"
print(re.findall(r"\d+", text))
print(re.findall(r"(\w+)=\d+", text))
print(re.findall(r"(\w+)=(\d+)", text))
print(re.findall(r"(\w+)=(x)?", text))
print(re.findall(r"[aeiou]", "rhythm"))
for m in re.finditer(r"(\w+)=(\d+)", text):
    print(m.span(), m.group(1), int(m.group(2)) * 2)
it = re.finditer(r"\d", "a1b2")
print(type(it).__name__, next(it), list(it))
print([m.group() for m in re.finditer(r"\b\w", "hello big world")])
print(re.findall(r"x*", "axxb"))
print(re.findall(r"", "ab"))
print([m.span() for m in re.finditer(r"a*", "baaac")])
print(re.findall(r"(a)|(b)", "abc"))
p = re.compile(r"\d")
print(p.findall("1a2b3c4", 2), p.findall("1a2b3c4", 2, 5))
print([m.span() for m in p.finditer("1a2b3c4", 1, 6)])
print(len(re.findall(r"\w+", "word " * 1000)))
print(dict(re.findall(r"(\w+)=(\w+)", "a=1 b=2 c=3")))
