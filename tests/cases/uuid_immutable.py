import uuid

u = uuid.UUID(int=7)
for attr in ["int", "hex", "version", "node"]:
    try:
        setattr(u, attr, 1)
    except TypeError as e:
        print(attr, type(e).__name__, e)
print(u == uuid.UUID(int=7), str(u))
print(u.int)
try:
    u.hex = "x"
except TypeError as e:
    print(type(e).__name__, e)
