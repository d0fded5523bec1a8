import re

p = re.compile(r"(\d+)-(?P<word>\w+)", re.IGNORECASE)
print(p)
print(repr(p), p.pattern, p.flags, p.groups, dict(p.groupindex))
print(p.match("12-ab"), p.search("x 12-ab"), p.fullmatch("12-ab"))
print(p.match("x12-ab"), p.match("x12-ab", 1), p.search("12-ab", 1), p.search("12-ab 34-cd", 3))
print(p.search("12-abcdef", 0, 5), p.fullmatch("12-ab!", 0, 5))
print(p.findall("1-a 2-b"), p.sub(r"\g<word>", "1-a 2-b"), p.subn("", "1-a"), p.split("x1-ay2-bz"))
print(re.compile(r"\d+") == re.compile(r"\d+"), re.compile("a") == re.compile("a", re.I), re.compile("a") == "a")
print(hash(re.compile("ab")) == hash(re.compile("ab")))
print(len({re.compile("a"), re.compile("a"), re.compile("b")}))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(type(e).__name__, e)
print(type(p), type(p).__name__, isinstance(p, re.Pattern), re.Pattern, re.Match)
print(re.compile("x" * 300))
print(re.compile("it's"), re.compile('say "hi"'), re.compile(r"\n\t"))
print(re.compile(b"a+b", re.I))
cache = {}
for word in ["apple", "banana", "apple"]:
    cache.setdefault(word, re.compile(word))
print(len(cache), cache["apple"].pattern)
# compiled patterns are reusable
words = re.compile(r"\b\w{5,}\b")
for line in ["short words here", "longer sentences contain extraordinary words"]:
    print(words.findall(line))
try:
    re.Pattern()
except TypeError as e:
    print(type(e).__name__, e)
