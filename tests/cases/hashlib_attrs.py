import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, len(h.hexdigest()))
h = hashlib.sha256()
try:
    h.name = "x"
except AttributeError as e:
    print(type(e).__name__)
try:
    h.digest_size = 1
except AttributeError as e:
    print(type(e).__name__)
print(type(h).__name__)
