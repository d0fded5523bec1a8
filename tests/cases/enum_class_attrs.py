from enum import Enum, IntEnum, EnumMeta, EnumType, ReprEnum, StrEnum, Flag, IntFlag
import enum

print(EnumMeta is EnumType, type(Enum) is EnumType)
print(Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum)
print(IntEnum.__mro__)
print(issubclass(IntEnum, int), issubclass(StrEnum, str), issubclass(IntFlag, Flag))


class C(Enum):
    A = 1
    B = 2


print(C.A.__class__, C.__class__, C.A.__module__ if False else "")
print(C.__qualname__, type(C.__members__).__name__)
print(dir(C)[:0], "name" in dir(C.A), "A" in dir(C))
print(C.A.__hash__() == hash(C.A))
print(hasattr(enum, "auto"), hasattr(enum, "unique"))
print(C.A.value.__class__.__name__)
print(isinstance(C, EnumType), isinstance(C.A, int))


class Shape(IntEnum):
    CIRCLE = 1


print(Shape.CIRCLE.__class__.__mro__)
print(format(C.A), format(Shape.CIRCLE), format(C.A, ""))
try:
    print(format(C.A, "d"))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
