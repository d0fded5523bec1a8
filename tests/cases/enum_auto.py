from enum import Enum, auto, IntEnum, StrEnum, Flag


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(list(Color), [c.value for c in Color])


class Mixed(Enum):
    A = 10
    B = auto()
    C = 7
    D = 20
    E = auto()


print([(m.name, m.value) for m in Mixed])


class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()


print([m.value for m in Lower])


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    X = auto()
    Y = auto()


print([m.value for m in Custom])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


print([p.value for p in Perm])


class Num(IntEnum):
    ONE = auto()
    TWO = auto()


print(Num.ONE + Num.TWO, list(Num))
print(repr(auto()).startswith("<enum.auto"), type(auto()).__name__)


class WithStart(Enum):
    A = 5
    B = auto()
    C = auto()


print(WithStart.C.value)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup2(Enum):
        A = 1

        def A(self):
            pass
except TypeError as e:
    print(type(e).__name__, e)
