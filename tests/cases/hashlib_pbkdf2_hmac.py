import hashlib

p = hashlib.pbkdf2_hmac
tests = [
    lambda: p("sha256", b"pw", b"salt", 1).hex(),
    lambda: p("sha256", b"pw", b"salt", 2, 10).hex(),
    lambda: p("md5", b"pw", b"salt", 3, dklen=40).hex(),
    lambda: p("sha1", b"password", b"salt", 4096, 20).hex(),
    lambda: p("sha3_256", b"pw", b"salt", 3).hex(),
    lambda: p("sha512", b"p" * 200, b"salt", 2).hex(),
    lambda: p("sha384", b"", b"", 5, 100).hex(),
    lambda: p("SHA256", b"pw", b"salt", 1).hex()[:10],
    lambda: p("sha256", b"pw", b"salt", 1, None).hex()[:10],
    lambda: p(hash_name="sha256", password=b"pw", salt=b"s", iterations=1).hex()[:8],
    lambda: p("sha256", bytearray(b"pw"), b"salt", 1).hex()[:8],
    lambda: p("sha256", b"pw", b"salt", 100000).hex(),
    lambda: p("sha256", "pw", b"salt", 1),
    lambda: p("sha256", b"pw", "salt", 1),
    lambda: p("sha256", b"pw", b"salt", 0),
    lambda: p("sha256", b"pw", b"salt", -1),
    lambda: p("sha256", b"pw", b"salt", 1, 0),
    lambda: p("sha256", b"pw", b"salt", 1.5),
    lambda: p("sha256", b"pw", b"salt", 2**40),
    lambda: p("sha256", b"pw", b"salt", 1, 2**40),
    lambda: p(5, b"pw", b"salt", 1),
    lambda: p("sha256", b"pw", b"salt"),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    p("sha999", b"pw", b"salt", 1)
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
salt = b"\x00" * 16
stored = salt + p("sha256", b"secret", salt, 1000)
def verify(pw):
    return p("sha256", pw.encode(), stored[:16], 1000) == stored[16:]
print(verify("secret"), verify("nope"))
