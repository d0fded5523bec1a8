# str: upper/lower/title/capitalize/swapcase/casefold and predicates
s = "hello WORLD it's a 3rd-party thing"
print(s.upper(), s.lower(), sep=" | ")
print(s.title(), s.capitalize(), s.swapcase(), sep=" | ")
print("ǅungla".title(), "MiXeD".casefold(), "ÉCOLE".lower())
for t in ["Hello World", "Hello world", "HELLO", "hello", "123", "", "A1", "a1 B2", "Title Case Here"]:
    print(repr(t), t.isupper(), t.islower(), t.istitle())
