import uuid

ref = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(uuid.UUID(bytes=ref.bytes) == ref)
print(uuid.UUID(bytes_le=ref.bytes_le) == ref)
print(uuid.UUID(fields=ref.fields) == ref)
print(uuid.UUID(int=ref.int) == ref)
print(uuid.UUID(int=1))
print(uuid.UUID(int=2**128 - 1))
print(uuid.UUID(bytes=b"\x00" * 16))
print(uuid.UUID(bytes=bytes(range(16))))
print(uuid.UUID(bytes_le=bytes(range(16))))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(ref.hex, version=4))
print(uuid.UUID(int=0, version=1).version, uuid.UUID(int=0, version=5))
tests = [
    lambda: uuid.UUID(int=-1),
    lambda: uuid.UUID(int=2**128),
    lambda: uuid.UUID(bytes=b"short"),
    lambda: uuid.UUID(bytes_le=b"x" * 17),
    lambda: uuid.UUID(fields=(1, 2, 3)),
    lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)),
    lambda: uuid.UUID(fields=(0, 2**16, 0, 0, 0, 0)),
    lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)),
    lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2**48)),
    lambda: uuid.UUID(ref.hex, int=5),
    lambda: uuid.UUID(ref.hex, version=6),
    lambda: uuid.UUID(ref.hex, version=0),
    lambda: uuid.UUID(bytes="x" * 16),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
