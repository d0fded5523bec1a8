from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto
from typing import Optional, List


class Role(Enum):
    ADMIN = "admin"
    USER = "user"


class Level(IntEnum):
    LOW = auto()
    HIGH = auto()


@dataclass
class Account:
    name: str
    role: Role = Role.USER
    level: Level = Level.LOW
    tags: List[str] = field(default_factory=list)
    boss: Optional["Account"] = None


a = Account("ann", Role.ADMIN)
b = Account("bob", boss=a)
print(a)
print(b)
print(asdict(a))
print({k: (v.value if isinstance(v, Enum) else v) for k, v in asdict(a).items()})
print(sorted([Account("x", level=Level.HIGH), Account("y")], key=lambda acc: acc.level))
print(a.role is Role.ADMIN, b.role == Role("user"))


class Planet(Enum):
    EARTH = 1

    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value * 10
        return obj


print(Planet.EARTH.value, Planet(10))
