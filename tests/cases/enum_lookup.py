from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PENDING = 3


print(Status("active"), Status(3), Status["INACTIVE"])
print(Status(Status.ACTIVE))
print(getattr(Status, "PENDING"))
for v in ("ACTIVE", "x", 4, None, 3.0):
    try:
        print(Status(v))
    except ValueError as e:
        print(type(e).__name__, e)
for n in ("active", "PENDING", 3):
    try:
        print(Status[n])
    except KeyError as e:
        print(type(e).__name__, e)
try:
    Status.UNKNOWN
except AttributeError as e:
    print(type(e).__name__, e)
print("ACTIVE" in Status.__members__, "active" in Status.__members__)
print(Status._value2member_map_ == {"active": Status.ACTIVE, "inactive": Status.INACTIVE, 3: Status.PENDING})
print(Status._member_names_)
print(Status._member_map_["PENDING"])
print("active" in [s.value for s in Status])
print(Status.ACTIVE in Status)


def parse(s):
    try:
        return Status(s)
    except ValueError:
        return None


print(parse("pending"), parse("inactive"))
print(Status.ACTIVE.value.upper())
print({s.value: s for s in Status})
print(Status.ACTIVE.ACTIVE if hasattr(Status.ACTIVE, "ACTIVE") else "no")
try:
    Status()
except TypeError as e:
    print(type(e).__name__, e)
