import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.hexdigest())
print(hashlib.sha256(b"").hexdigest())
print(hashlib.md5(b"").hexdigest())
print(hashlib.sha256("héllo".encode("utf-8")).hexdigest())
