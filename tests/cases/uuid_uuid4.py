import uuid

u = uuid.uuid4()
print(type(u).__name__, isinstance(u, uuid.UUID))
print(u.version, u.variant == uuid.RFC_4122)
s = str(u)
print(len(s), s.count("-"), [len(p) for p in s.split("-")])
print(s[14], s[19] in "89ab")
print(len(u.hex), len(u.bytes), 0 <= u.int < 2**128)
ids = {uuid.uuid4() for _ in range(200)}
print(len(ids))
print(uuid.UUID(str(u)) == u, uuid.UUID(u.hex) == u)
print(all(uuid.uuid4().version == 4 for _ in range(50)))
print(len(uuid.uuid4().hex[:8]))
try:
    uuid.uuid4(1)
except TypeError as e:
    print(type(e).__name__, e)
