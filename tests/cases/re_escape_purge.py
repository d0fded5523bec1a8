import re

print(re.escape("hello world? [x] (y) {z} a+b*c ^$ | \\ . # & ~ - _ é"))
print(re.escape("1.5"), re.escape("a_b"), re.escape(""), re.escape("\t\n"))
print(re.escape(b"a.b+c"))
user_input = "price (USD): $5.00?"
print(re.search(re.escape(user_input), "The price (USD): $5.00? is final"))
print(re.findall(re.escape("a.b"), "a.b axb a.b"))
words = ["c++", "c#", "f(x)"]
print(re.findall("|".join(map(re.escape, words)), "I like c++ and c# and f(x)"))
print(re.purge())
print(re.compile(re.escape("[x]")).pattern)
