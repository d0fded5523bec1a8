import uuid

for n in ["NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"]:
    v = getattr(uuid, n)
    print(n, v, v.version, v.variant)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(repr(uuid.NAMESPACE_DNS))
