import uuid

for s in ["", "not-a-uuid", "12345678-1234-5678-1234-56781234567", "12345678-1234-5678-1234-5678123456789",
          "g2345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-567812345678-",
          "urn:uuid:", "{12345678-1234-5678-1234-567812345678", "12345678 1234 5678 1234 567812345678", "0x" + "0" * 30]:
    try:
        print(repr(s), uuid.UUID(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [123, None, b"12345678123456781234567812345678"]:
    try:
        print(uuid.UUID(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    uuid.UUID()
except TypeError as e:
    print(type(e).__name__, e)
