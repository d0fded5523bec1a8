from urllib.parse import urljoin

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "",
            ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g",
            "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("https://example.com/api/v1/", "users"))
print(urljoin("https://example.com/api/v1", "users"))
print(urljoin("https://example.com/api/v1/", "/users"))
print(urljoin("https://example.com", "https://other.com/x"))
print(urljoin("", "x"), urljoin("x", ""))
print(urljoin("https://a.com/x", "//b.com/y"))
print(urljoin("http://a/b", "g", allow_fragments=False))
print(urljoin(b"http://a/b", b"c") if False else "skip")
