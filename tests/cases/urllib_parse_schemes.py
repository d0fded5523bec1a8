from urllib.parse import urlsplit, urljoin

for url in ["HTTPS://x", "git+ssh://git@github.com/a/b.git", "s3://bucket/key", "1http://x", "a.b-c+d://x",
            "localhost:8080", "localhost:8080/path", "javascript:alert(1)", "data:text/plain;base64,SGk=", "x:",
            "c:\\windows", "urn:isbn:0451450523"]:
    print(repr(url), urlsplit(url))
print(urlsplit(" http://leading.space/"))
print(urlsplit("http://x/\ttab\n"))
print(urljoin("s3://bucket/a/b", "c"))
print(urljoin("mailto:a@b", "c"))
