import hashlib

print(hashlib.new("sha256", b"abc").hexdigest())
print(hashlib.new("SHA256", b"abc").hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(hashlib.new("md5").hexdigest())
print(hashlib.new("sha1", data=b"x").name)
print(hashlib.new(name="sha512").name)
for n in ["md5", "sha1", "sha224", "sha384", "sha3_512"]:
    h = hashlib.new(n)
    print(n, h.name, h.digest_size, h.block_size)
for bad in ["sha999", "", "crc32", "MD4x"]:
    try:
        hashlib.new(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, 5, b"md5"]:
    try:
        hashlib.new(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hashlib.new()
except TypeError as e:
    print(type(e).__name__, e)
