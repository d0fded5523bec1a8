import re

print(re.split(r"[,;]\s*", "a, b;c,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r"\s+", "a b c d", maxsplit=2))
print(re.split(r"\s+", "a b c d", 1))
print(re.split(r",", "a,b,c", maxsplit=-1))
print(re.split(r"x*", "axbc"))
print(re.split(r"", "abc"))
print(re.split(r"\b", "hi there"))
print(re.split(r"\d", "abc"))
print(re.split(r"(\d)", "a1b2c"))
print(re.compile(r"[-+*/]").split("1+2*3-4"))
print(re.split(r"\n", "l1\nl2\n"))
print(re.split("(?m)^", "a\nb\nc"))
lines = "name: Alice\nage: 30\ncity: Paris"
print({k: v for k, v in (re.split(r":\s*", line, maxsplit=1) for line in lines.splitlines())})
