import hashlib

base = hashlib.sha1(b"prefix-")
a = base.copy()
b = base.copy()
a.update(b"a")
b.update(b"b")
print(a.hexdigest())
print(b.hexdigest())
print(base.hexdigest() == hashlib.sha1(b"prefix-").hexdigest())
print(a.hexdigest() == hashlib.sha1(b"prefix-a").hexdigest())
print(type(a) is type(base), a is not base)
c = hashlib.new("sha3_256", b"x").copy()
print(c.name, c.hexdigest() == hashlib.sha3_256(b"x").hexdigest())
try:
    base.copy(1)
except TypeError as e:
    print(type(e).__name__, e)
