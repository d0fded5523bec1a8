import re

phone = re.compile(r"""
    ^\s*
    (?:\+?(\d{1,3}))?     # country code
    [-. (]*(\d{3})[-. )]* # area code
    (\d{3})               # exchange
    [-. ]*
    (\d{4})               # number
    \s*$
""", re.VERBOSE)
for p in ["555-123-4567", "+1 (555) 123 4567", "5551234567", "12-34"]:
    m = phone.match(p)
    print(p, m.groups() if m else None)
print(re.findall(r"(?x) \d+ \# [a-z]+", "12#ab 3 #c"))
print(re.findall(r"(?x)[ ]a", " a a"), re.findall(r"(?x)a\ b", "a b ab"))
print(re.search(r"(?x) a  # comment with ) paren\n b", "ab"))
print(re.compile(r"(?x) a b", re.I).pattern, re.compile(r"(?ix) A b").flags)
print(re.findall(r"(?i:A)b", "ab Ab aB"), re.findall(r"a(?s:.)b(?-s:.)?", "a\nb\n"))
print(re.findall(r"(?a:\w+) (\w+)", "été été"))
print(re.findall(r"(?m:^a)|b$", "a\nab\nb"))
