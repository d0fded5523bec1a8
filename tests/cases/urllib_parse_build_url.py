from urllib.parse import urlencode, urlunsplit, urlsplit, urlparse, parse_qs

def build(base, path, **params):
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(params), ""))

u = build("https://api.example.com", "/v1/search", q="hello world", limit=10)
print(u)
p = urlparse(u)
print(p.netloc, p.path, parse_qs(p.query))
print(urlunsplit(("https", "h", "p", "", "")))
print(urlunsplit(("", "", "/p", "q", "f")))
print(urlunsplit(("http", "", "", "", "")))
print(urlunsplit(["a", "b", "c", "d", "e"]))
try:
    urlunsplit(("a", "b"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    urlunsplit(None)
except TypeError as e:
    print(type(e).__name__, e)
