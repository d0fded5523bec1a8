# iterating non-ASCII strings: chars, enumerate, reversed, ord/chr round trip, sorted, zip, in-loop indexing
s = "aé€😀\u0301z"
print(list(s), len(s), [ord(c) for c in s], "".join(chr(ord(c)) for c in s) == s)
for i, c in enumerate(s):
    print(i, repr(c), s[i] == c, s.index(c), s[i:i + 1] == c)
print(list(reversed(s)), sorted(s), list(zip(s, s[1:]))[:2], set("aab") == set("ab"))
it = iter("xy")
print(next(it), next(it), next(it, "done"), type(iter("abc")).__name__, type(iter("é")).__name__)
print(max("héllo"), min("héllo"), "".join(sorted("héllo", reverse=True)), any(c.isupper() for c in "abC"))
print([c * 2 for c in "ab😀"], {c: s.count(c) for c in "aéz"}, tuple("日本"), "日本"[1], "日本"[-2])
print(chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"), chr(97), chr(0))
