import hashlib
h = hashlib.md5()
h.update(b"abc")
print(h.hexdigest())
h.update(42)
