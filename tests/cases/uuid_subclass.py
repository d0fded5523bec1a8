import uuid

class MyUUID(uuid.UUID):
    def short(self):
        return self.hex[:8]

m = MyUUID("12345678-1234-5678-1234-567812345678")
print(m.short(), isinstance(m, uuid.UUID), type(m).__name__)
print(repr(m))
print(m == uuid.UUID(m.hex))
print(m.version, str(m))
