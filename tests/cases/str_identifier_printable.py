# str.isidentifier, isprintable and isspace on unicode: keywords, marks, format chars, spaces
ids = ["abc", "_", "__init__", "a1", "1a", "class", "None", "é", "日本", "x-y", "a b", "", "ℕ", "℘", "a·b",
       "·a", "x\u0301", "\u0301x", "ǅ", "Ⅻ", "a\u200d", "٣x", "x٣", "$", "_1", "ǈa", "ª", "℮", "゛", "゜x"]
for s in ids:
    print(repr(s), s.isidentifier())
prs = ["abc", "", " ", "\t", "\n", "\x7f", "\xa0", "\xad", "é", "\u200b", "\u2028", "\u3000", "\ue000",
       "\U0001f600", "\U000e0001", "\ufeff", "\u0378", "ab\x00", "\x85", "\u061c"]
for s in prs:
    print(repr(s), s.isprintable())
sps = [" ", "\t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f", "\x85", "\xa0", "\u1680", "\u2000\u200a", "\u200b",
       "\u2028\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "", "a ", "\u180e"]
for s in sps:
    print(repr(s), s.isspace())
