import hashlib

tests = [
    lambda: hashlib.sha256("text"),
    lambda: hashlib.md5("text"),
    lambda: hashlib.new("sha1", "text"),
    lambda: hashlib.sha256(123),
    lambda: hashlib.sha256(None),
    lambda: hashlib.sha256([1, 2]),
    lambda: hashlib.sha1(b"a", b"b"),
    lambda: hashlib.sha256(string=b"x").hexdigest()[:8],
    lambda: hashlib.sha256(data=b"x").hexdigest()[:8],
    lambda: hashlib.sha256(b"x", usedforsecurity=False).hexdigest()[:8],
    lambda: hashlib.md5(b"x", bogus=1),
    lambda: hashlib.sha256("text".encode()).hexdigest()[:8],
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
