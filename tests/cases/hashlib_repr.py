import hashlib

h = hashlib.sha256(b"x")
r = repr(h)
print(r.startswith("<sha256 _hashlib.HASH object @ 0x"), r.endswith(">"))
print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object"))
print(str(h) == repr(h))
print(isinstance(h.hexdigest(), str), isinstance(h.digest(), bytes))
print(h == h, h != hashlib.sha256(b"x"))
print(callable(hashlib.sha256), hashlib.sha256.__name__)
try:
    hash(h)
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
