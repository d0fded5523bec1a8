from enum import IntEnum, Enum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH), f"{Priority.MEDIUM}")
print(Priority.LOW < Priority.HIGH, Priority.HIGH > 2, Priority.LOW == 1, 1 == Priority.LOW)
print(Priority.LOW + 1, Priority.HIGH * 2, type(Priority.LOW + 1).__name__)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), min(Priority))
print(Priority(2), Priority["HIGH"], int(Priority.HIGH), isinstance(Priority.LOW, int))
print([1, 2, 3, 4][Priority.MEDIUM])
print(hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW])
print(Priority.LOW in {1, 2}, 2 in Priority.__members__.values())
print("%d %s %r" % (Priority.LOW, Priority.LOW, Priority.LOW))
print(f"{Priority.HIGH:03d} {Priority.HIGH:>5}|")
print(Priority.MEDIUM.value, Priority.MEDIUM.name, Priority.MEDIUM.real)
print(range(5)[Priority.HIGH], Priority.HIGH & 1, -Priority.HIGH)
try:
    Priority(7)
except ValueError as e:
    print(type(e).__name__, e)


class Plain(Enum):
    A = 1


try:
    Plain.A < Plain.A
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain.A + 1
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.A == 1)
try:
    class Bad(IntEnum):
        X = "x"
except ValueError as e:
    print(type(e).__name__, e)
print(str(Priority.LOW) + "!", Priority.LOW.__str__())
