# lower/upper/casefold/swapcase on non-ASCII: ß, ﬁ ligature, dotted I, final sigma, Armenian ligature
words = ["Straße", "STRASSE", "ǅungla", "ǆUNGLA", "ΣΊΣΥΦΟΣ", "ΟΔΟΣ ΟΔΟΣ.", "ΑΣ", "Σ", "ΑΣ1", "ΑΣΑ", "ﬁne", "İstanbul",
         "ıi", "ŉ", "ǰ", "ΐ", "և", "ﬃ", "ῼ", "ᾳ", "Ǳ", "µ", "ÿ", "ſ", "K", "Å", "ꭰ", "𐐀", "ǈ"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.casefold()), repr(w.swapcase()))
print("ß".upper() == "SS", "ß".casefold() == "ss", "Straße".casefold() == "STRASSE".casefold())
print(len("ﬃ".upper()), len("İ".lower()), "İ".lower().encode("utf-8"))
