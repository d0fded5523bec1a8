import hashlib

h = hashlib.sha256(b"abc")
d = h.digest()
print(type(d).__name__, len(d), d[:8])
print(d.hex() == h.hexdigest())
print(hashlib.md5(b"abc").digest())
print(hashlib.sha1(b"abc").digest().hex())
print(h.hexdigest() == h.hexdigest())
print(int(hashlib.md5(b"seed").hexdigest(), 16) % 1000)
print(hashlib.sha512(b"x").digest_size, len(hashlib.sha512(b"x").digest()))
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == h.hexdigest())
