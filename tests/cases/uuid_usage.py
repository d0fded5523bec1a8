import uuid

def make_id(name):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/users/" + name))

users = {make_id(n): n for n in ["ann", "bob", "cid"]}
for k in sorted(users):
    print(k, users[k])
def is_valid_uuid(s):
    try:
        uuid.UUID(s)
        return True
    except ValueError:
        return False
for s in ["not", make_id("ann"), "", "123"]:
    print(repr(s), is_valid_uuid(s))
def is_valid_v4(s):
    try:
        return uuid.UUID(s).version == 4
    except ValueError:
        return False
print(is_valid_v4(str(uuid.uuid4())), is_valid_v4(make_id("x")))
short = uuid.uuid5(uuid.NAMESPACE_DNS, "x").hex[:8]
print(short)
print(uuid.UUID(int=uuid.uuid5(uuid.NAMESPACE_DNS, "x").int) == uuid.uuid5(uuid.NAMESPACE_DNS, "x"))
