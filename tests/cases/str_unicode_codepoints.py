# str: non-ASCII text, code points, len, ord/chr, emoji, escapes
s = "héllo"
print(len(s), [ord(c) for c in s], s.upper(), s.encode("utf-8"))
e = "a😀b"
print(len(e), e[1], ord(e[1]), hex(ord(e[1])), e.encode("utf-8"), len(e.encode("utf-8")))
print(chr(233), chr(0x1F600), chr(0x41), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\U0001F600" == "😀")
print(repr("日本語"), ascii("日本語"), ascii("é😀"), repr("\u200b"), repr("\x7f"), repr("\xa0"))
print("straße".upper(), "ß".casefold(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
print(sorted("béa"), "é" > "z", max("hello wörld"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
