import hashlib

h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest())
print(hashlib.sha256(b"hello world").hexdigest() == h.hexdigest())
h.update(b"!")
print(h.hexdigest())
m = hashlib.md5()
for chunk in [b"a" * 10, b"b" * 1000, b""]:
    m.update(chunk)
print(m.hexdigest())
print(m.update(b"x"))
m2 = hashlib.md5()
m2.update(bytearray(b"abc"))
m2.update(b"def")
print(m2.hexdigest() == hashlib.md5(b"abcdef").hexdigest())
for bad in ["text", 5, None, [1]]:
    try:
        m2.update(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m2.update()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m2.update(b"a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
