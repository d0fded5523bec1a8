# str: methods return new strings; original unchanged; chaining of methods
original = "  Hello, World  "
upper = original.upper()
stripped = original.strip()
print(repr(original), repr(upper), repr(stripped))
print(stripped.lower().replace(",", "").split())
print("-".join(w.capitalize() for w in "the quick brown fox".split()))
print("a-b_c d".replace("-", " ").replace("_", " ").split(" "))
print("CamelCaseString".swapcase().title(), "x".join("abc").upper().center(9, "*"))
words = "one two three two one".split()
print(sorted(set(words), key=words.index), words.count("two"))
