import uuid

u = uuid.uuid1()
print(type(u).__name__, u.version, u.variant)
s = str(u)
print(len(s), s[14], s[19] in "89ab")
a, b = uuid.uuid1(), uuid.uuid1()
print(a != b, a.node == b.node, a.time <= b.time)
n = uuid.getnode()
print(type(n).__name__, 0 < n < 2**48, n == uuid.getnode())
c = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(c.node), hex(c.clock_seq), c.version, c.variant)
d = uuid.uuid1(1, 2**70 + 5)
print(uuid.uuid1(2, -1).clock_seq)
print(d.node, d.clock_seq)
print(uuid.uuid1(node=0).node)
e = uuid.uuid1(node=5)
print(e.time > 0x01b21dd213814000, str(e).endswith("000000000005"))
ts = [uuid.uuid1().time for _ in range(50)]
print(ts == sorted(ts), len(set(ts)) == 50)
for args in [(2**48,), (-1,), ("x",), (None, "y")]:
    try:
        print(uuid.uuid1(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    uuid.uuid1(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
