from urllib.parse import urlsplit, urlparse, SplitResult, ParseResult, DefragResult, urldefrag

r = urlsplit("http://u@h:1/p?q#f")
print(isinstance(r, SplitResult), isinstance(urlparse("x"), ParseResult), isinstance(urldefrag("x"), DefragResult))
print(SplitResult("http", "h", "/", "", "").geturl())
print(ParseResult("http", "h", "/", "", "a=1", "").geturl())
print(r._fields)
print(ParseResult._fields)
s, n, p, q, f = r
print(s, n, p, q, f)
print(r == ("http", "u@h:1", "/p", "q", "f"))
print(r.count("http"), r.index("/p"))
print(r._replace(scheme="https", netloc="x"))
try:
    r.scheme = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r._replace(nope=1)
except ValueError as e:
    print(type(e).__name__, e)
