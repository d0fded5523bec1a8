# title/capitalize on non-ASCII, digraphs, apostrophes, digits, ligatures and final sigma
words = ["hello world", "HELLO WORLD", "they're bill's friends", "ǆungla ǉubljana", "ǅUNGLA", "ßa straße",
         "ﬁne ﬂour", "ŉa", "ΣΊΣΥΦΟΣ ΟΔΟΣ", "ΌΣΟΣ", "3rd place", "a1b2c3", "x-ray y_z", "éLAN", "ǈ", "ɐɓ",
         "hello\u0301world", "ῳ", "ᾈ", "", "   ", "ǰ", "i̇stanbul", "αΣ", "aΣb", "Σa", "ΣΣ"]
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), w.istitle(), w.title().istitle())
