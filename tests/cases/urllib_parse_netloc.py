from urllib.parse import urlsplit

for url in ["http://user@host", "http://user:@host", "http://:pw@host", "http://a:b@c:8/",
            "http://HOST.Example.COM:8080", "http://[2001:db8::1]:8080/", "http://[fe80::1%25eth0]/",
            "http://h%20x/", "http://@h/", "https://ümlaut.de/", "http://h:8080:90/"]:
    try:
        r = urlsplit(url)
        print(repr(url), r.netloc, r.username, r.password, r.hostname, r.port)
    except ValueError as e:
        print(repr(url), type(e).__name__, e)
