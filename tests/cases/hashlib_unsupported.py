import hashlib

for n in ["sha256", "SHA-256", "sha-1", "Md5", "SHA3_256", "sha3-256"]:
    try:
        print(n, hashlib.new(n).name)
    except ValueError as e:
        print(n, type(e).__name__, e)
try:
    hashlib.new("whirlpool-2000")
except ValueError as e:
    print(type(e).__name__, e)
try:
    hashlib.sha257
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hashlib.SHA256
except AttributeError as e:
    print(type(e).__name__, e)
