# str.isalpha/isupper/islower/istitle/isascii on unicode letters, marks, titlecase digraphs
samples = ["abc", "ABC", "Abc", "aBc", "ǅungla", "ǄUNGLA", "ǆungla", "Σίσυφος", "ΣΊΣΥΦΟΣ", "ß", "ẞ", "ﬁ",
           "İ", "ı", "Hello World", "Hello world", "HELLO WORLD", "hello1", "1A", "A1b", "a_b", "ʰ", "ª",
           "e\u0301", "\u0301", "中文", "Ⓐ", "ⓐ", "Ǉ", "", "123", "A B", "Σ", "σς", "ꭰ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isupper(), s.islower(), s.istitle(), s.isascii(), s.isalnum())
