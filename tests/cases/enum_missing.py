from enum import Enum


class Status(Enum):
    OK = "ok"
    ERROR = "error"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return cls.UNKNOWN


print(Status("OK"), Status("Error"), Status(42), Status("ok"))


class Strict(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return None


try:
    Strict(2)
except ValueError as e:
    print(type(e).__name__, e)


class WrongType(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    WrongType(2)
except TypeError as e:
    print(type(e).__name__, e)
