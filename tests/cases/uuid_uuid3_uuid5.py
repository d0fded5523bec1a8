import uuid

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.2.3"))
print(uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "").version, uuid.uuid3(uuid.NAMESPACE_DNS, "").version)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "a") == uuid.uuid5(uuid.NAMESPACE_DNS, "a"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "ünï"))
custom = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
print(uuid.uuid5(custom, "x"))
for args in [("ns", "x"), (uuid.NAMESPACE_DNS, 5), (uuid.NAMESPACE_DNS,), (None, "x")]:
    try:
        print(uuid.uuid5(*args))
    except Exception as e:
        print(type(e).__name__, e)
