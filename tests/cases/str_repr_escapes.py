# str: repr chooses quotes and escapes control characters
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "\r\x00\x1b", "back\\slash", "\x07\x08\x0b\x0c", "é", "\U0001f40d", "", "'", '"']
for v in vals:
    print(repr(v))
print(str(vals[:3]))
print(["a\nb"], {"k'": "v\""}, ("\t",))
print("%r" % "x'y", f"{'q'!r}", "{!r}".format("\n"))
