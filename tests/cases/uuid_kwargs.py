import uuid

print(uuid.UUID(hex="12345678123456781234567812345678"))
print(uuid.UUID("12345678123456781234567812345678", is_safe=uuid.SafeUUID.unknown if hasattr(uuid, "SafeUUID") else None))
tests = [
    lambda: uuid.UUID(hex="1", int=1),
    lambda: uuid.UUID(None, None, None, None, None),
    lambda: uuid.UUID(bogus=1),
    lambda: uuid.UUID(int="5"),
    lambda: uuid.UUID(int=5.0),
    lambda: uuid.UUID(fields=[1, 2, 3, 4, 5, 6]),
    lambda: uuid.UUID(bytes=bytearray(16)),
    lambda: uuid.UUID(version=4),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
