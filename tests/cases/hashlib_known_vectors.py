import hashlib

msg = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    print(name, hashlib.new(name, msg).hexdigest())
print(hashlib.md5(b"a" * 64).hexdigest())
print(hashlib.md5(b"a" * 55).hexdigest(), hashlib.md5(b"a" * 56).hexdigest())
print(hashlib.sha256(b"a" * 63).hexdigest())
print(hashlib.sha512(b"a" * 127).hexdigest()[:32])
print(hashlib.sha3_256(b"a" * 136).hexdigest())
