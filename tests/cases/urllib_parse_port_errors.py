from urllib.parse import urlparse, urlsplit

for url in ["http://h:abc/", "http://h:99999/", "http://h:-1/", "http://h:/", "http://h: 80/"]:
    r = urlsplit(url)
    try:
        print(repr(url), r.port)
    except ValueError as e:
        print(repr(url), type(e).__name__, e)
for url in ["http://[::1/", "http://]x[/", "http://[not-ip]/", "http://[::1]x/"]:
    try:
        print(urlparse(url))
    except ValueError as e:
        print(repr(url), type(e).__name__, e)
try:
    urlparse(5)
except Exception as e:
    print(type(e).__name__, e)
