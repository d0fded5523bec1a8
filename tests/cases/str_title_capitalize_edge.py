# str: title/capitalize/upper/lower edge cases with digits, apostrophes and non-letters
for s in ["hello world", "HELLO WORLD", "hello-world", "they're bill's", "3rd place", "a1b2c3", "ÉCOLE élève", "  spaced  out ", "x", ""]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
