from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.x
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.x += 1
except AttributeError as e:
    print("AttributeError", type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
print(FrozenInstanceError.__mro__)
print(hash(p) == hash(P(1, 2)), hash(p) == hash((1, 2)))
print({p: "a"}[P(1, 2)])
print(len({P(1, 2), P(1, 2), P(2, 1)}))
print(p)
object.__setattr__(p, "x", 9)
print(p)

try:
    @dataclass
    class Child(P):
        z: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    a: int


try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class FC(P):
    z: int = 3


print(FC(1, 2), FC(1) == FC(1, 0, 3))


@dataclass(frozen=True)
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)


print(WithPost(4))


@dataclass(frozen=True)
class BadPost:
    a: int

    def __post_init__(self):
        self.a = 1


try:
    BadPost(3)
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    raise FrozenInstanceError("custom")
except AttributeError as e:
    print(type(e).__name__, e)
