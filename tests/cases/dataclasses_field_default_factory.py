from dataclasses import dataclass, field


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    name: str = field(default="inv")


a = Inventory()
b = Inventory()
a.items.append(1)
print(a, b)
print(a.items is b.items)
print(Inventory([1, 2], {"a": 1}, "x"))

counter = [0]


def make():
    counter[0] += 1
    return counter[0]


@dataclass
class Ticket:
    id: int = field(default_factory=make)


print(Ticket(), Ticket(), Ticket(99), Ticket())

for default in ([], {}, set()):
    try:
        @dataclass
        class Bad:
            x: object = default
    except ValueError as e:
        print(type(e).__name__, e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Tupled:
    t: tuple = ()
    fs: frozenset = frozenset()


print(Tupled())


try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Order2:
        a: list = field(default_factory=list)
        b: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=5)
    c: list = field(init=False, default_factory=list)


x = NoInit(1)
print(x, x.c)
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

print(repr(field(default=3)).startswith("Field("))
