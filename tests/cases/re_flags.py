import re

print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"\w+$", "one\ntwo\nthree", re.MULTILINE))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
pattern = re.compile(r"""
    (\d{3})   # area code
    [-.\s]?   # separator
    (\d{4})   # number
""", re.VERBOSE)
print(pattern.search("call 555-1234 now").groups())
print(re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\w+", "héllo wörld"))
print(re.findall(r"(?i)abc", "ABC abc"), re.findall(r"a(?i:b)c", "aBc abc aBC"))
print(re.findall(r"(?m)^x", "x\nx"), re.findall(r"(?s).+", "a\nb"), re.findall(r"(?x) a b ", "ab"))
print(re.findall(r"(?-i:a)b", "aB AB ab", re.I))
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.IGNORECASE | re.DOTALL | re.VERBOSE, re.I & re.M, re.I ^ re.I)
print(int(re.I), int(re.M | re.S), re.I == 2, re.I | 8, 8 | re.I, type(re.I | re.M).__name__)
print(isinstance(re.I, int), re.RegexFlag.__name__, str(re.MULTILINE), repr(re.ASCII))
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile("(?im)a").flags, re.compile("a", re.A).flags)
print(re.compile(b"a").flags, re.compile(b"a", re.I).flags)
print(re.compile("a", re.I | re.M), re.compile("(?s)a"), re.compile("a", re.A), re.compile("a", re.U))
print(re.search(r"[a-z]+", "ABC", re.I), re.search(r"[^a-z]", "ABc", re.I))
for flags in (re.A | re.U,):
    try:
        re.compile("a", flags)
    except ValueError as e:
        print(type(e).__name__, e)
print(re.I + 1, ~re.I, re.RegexFlag.IGNORECASE, re.RegexFlag.MULTILINE is re.M, sorted([re.M, re.I]))
print(re.sub("a", "b", "aaaa", re.I))  # flags passed as count: a classic mistake
print(re.sub("A", "b", "aaaa", flags=re.I))
