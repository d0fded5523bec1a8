import textwrap

for w in [5, 8, 10, 12, 15]:
    print(w, textwrap.wrap("a well-documented, easy-to-use, ready-made tool", w))
print(textwrap.wrap("--option-name --other-option", 10))
print(textwrap.wrap("em--dash and -- stuff", 8))
print(textwrap.wrap("123-456-7890 phone", 8))
print(textwrap.wrap("a-b-c-d-e-f-g-h", 4))
print(textwrap.wrap("x-", 1))
print(textwrap.wrap("non-breaking words here", 7, break_on_hyphens=False, break_long_words=False))
