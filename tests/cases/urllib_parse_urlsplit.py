from urllib.parse import urlsplit, urlunsplit

for url in ["https://user:pw@example.com:8080/path/to?q=1&r=2#frag", "http://example.com", "/relative/path?x=1",
            "mailto:someone@example.com", "file:///etc/hosts", "//netloc/only", "example.com/no-scheme",
            "HTTP://EXAMPLE.COM/A", "http://[::1]:80/x", "", "?q", "#f", "http://h/p;params?q"]:
    r = urlsplit(url)
    print(repr(url), r)
    print("   ", r.hostname, r.port, r.username, r.password, urlunsplit(r) == url, r.geturl())
print(urlsplit("path", scheme="https"))
print(urlsplit("http://h/p#f", allow_fragments=False))
r = urlsplit("https://a.com/x")
print(r._replace(path="/y").geturl())
print(r.scheme, r[1], len(r), tuple(r))
print(r._asdict())
