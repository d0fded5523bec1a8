import uuid

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == uuid.UUID("00000000-0000-0000-0000-000000000001"))
print(a == 1, a == "00000000-0000-0000-0000-000000000001")
print(sorted([uuid.UUID(int=5), uuid.UUID(int=3), uuid.UUID(int=4)]))
print(hash(a) == hash(uuid.UUID(int=1)))
d = {a: "one"}
print(d[uuid.UUID(int=1)])
print(len({a, uuid.UUID(int=1), b}))
print(max(a, b), min([b, a]))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < "x"
except TypeError as e:
    print(type(e).__name__, e)
