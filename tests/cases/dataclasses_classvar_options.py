from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional
import typing


@dataclass
class Counter:
    count: ClassVar[int] = 0
    registry: typing.ClassVar[List[str]] = []
    name: str = "c"
    secret: str = field(default="x", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    parent: Optional["Counter"] = None

    def __post_init__(self):
        Counter.count += 1
        Counter.registry.append(self.name)


a = Counter("a")
b = Counter("b", "y")
print(a, b)
print(Counter.count, Counter.registry)
print([f.name for f in fields(Counter)])
print(a == Counter("a", "x", {"k": 1}))
print(Counter("z", parent=a))

try:
    @dataclass
    class BadCV:
        x: ClassVar[int] = field(default_factory=int)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(init=False)
class ManualInit:
    a: int
    b: int = 2

    def __init__(self, value):
        self.a = value * 10


print(ManualInit(1))


@dataclass(repr=False)
class NoRepr:
    a: int


print(type(repr(NoRepr(1))).__name__, "NoRepr object" in repr(NoRepr(1)))


@dataclass
class SelfRef:
    name: str
    children: list = field(default_factory=list)


root = SelfRef("root")
root.children.append(root)
print(root)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"


print(Slotted(1), Slotted.__slots__)
