# repr() of strings: quote choice, escapes of controls, backslashes, non-printable and astral chars
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nret\r", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad", "é ü ñ", "\u200b\u200e\u2028\u2029", "\u3000", "\ue000", "😀", "\U000e0001", "\U0010ffff",
           "\ufeff", "\u0378", "\ud7ff", "\x85", "\u061c", "日本語", "\\n", "'", '"', "''\"", "\x1b[0m"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["it's", 'a"b']), repr(("x",)), repr({"k'": "v\n"}), str(["\t"]))
print(f"{'q' + chr(39)!r}", "%r" % "\x07", "{!r}".format("\u2029"), "{!a}".format("é😀"))
