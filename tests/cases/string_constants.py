import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    v = getattr(string, name)
    print(name, repr(v), len(v), type(v).__name__)
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(all(c in string.printable for c in string.punctuation))
print(sorted(set(string.hexdigits.lower())) == sorted(set("0123456789abcdef")))
print("x" in string.ascii_lowercase, "X" in string.ascii_lowercase)
print([c for c in "a1 B_!\t" if c in string.whitespace])
print("".join(c for c in "Hello, World! 123" if c not in string.punctuation))
table = str.maketrans("", "", string.punctuation)
print("it's-a test.".translate(table))
try:
    string.letters
except AttributeError as e:
    print(type(e).__name__, e)
try:
    string.uppercase
except AttributeError as e:
    print(type(e).__name__, e)
