import hashlib

stored = hashlib.sha256(b"secret").hexdigest()
def check(pw):
    return hashlib.sha256(pw.encode()).hexdigest() == stored
print(check("secret"), check("Secret"))
a = hashlib.sha1(b"x").digest()
b = hashlib.sha1(b"x").digest()
print(a == b, a is b)
print(hashlib.sha256(b"x").hexdigest().upper()[:10])
print(bytes.fromhex(hashlib.md5(b"x").hexdigest()) == hashlib.md5(b"x").digest())
print(sorted({hashlib.md5(bytes([i])).hexdigest()[:2] for i in range(5)}))
print(hashlib.sha256(hashlib.sha256(b"double").digest()).hexdigest())
