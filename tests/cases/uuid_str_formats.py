import uuid

u = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
print(str(u))
print(u.hex)
print(u.hex.upper())
print(u.urn)
print("{%s}" % u)
print(f"{u}")
print(format(u, ""), "{}".format(u))
print(str(u).replace("-", "") == u.hex)
print(u.bytes.hex() == u.hex)
print(repr(str(u)))
print(u.version, u.time, u.clock_seq, u.node)
print(uuid.UUID(u.urn) == u)
try:
    format(u, "x")
except TypeError as e:
    print(type(e).__name__, e)
