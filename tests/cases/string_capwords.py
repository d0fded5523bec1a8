import string

print(repr(string.capwords("hello world")))
print(repr(string.capwords("  hello   WORLD  again ")))
print(repr(string.capwords("hello\tworld\nnew")))
print(repr(string.capwords("")))
print(repr(string.capwords("ünïcode ßtraße")))
print(repr(string.capwords("o'neil mcdonald")))
print(repr(string.capwords("a-b-c d-e", "-")))
print(repr(string.capwords("a--b", "-")))
print(repr(string.capwords("hello world", " ")))
print(repr(string.capwords("  hello  world ", " ")))
print(repr(string.capwords("x,y,,z", sep=",")))
print(repr(string.capwords("123abc 4DEF")))
for args in [(), (1,), ("a", 1), (None,), ("a b", "")]:
    try:
        print(repr(string.capwords(*args)))
    except Exception as e:
        print(type(e).__name__, e)
