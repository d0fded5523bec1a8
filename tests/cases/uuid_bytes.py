import uuid

u = uuid.UUID("00112233-4455-6677-8899-aabbccddeeff")
print(u.bytes)
print(u.bytes_le)
print(list(u.bytes_le[:4]), list(u.bytes[:4]))
print(uuid.UUID(bytes=u.bytes_le))
print(uuid.UUID(bytes_le=u.bytes))
print(type(u.bytes).__name__, len(u.bytes_le))
raw = uuid.uuid5(uuid.NAMESPACE_DNS, "k").bytes
print(raw.hex(), uuid.UUID(bytes=raw))
