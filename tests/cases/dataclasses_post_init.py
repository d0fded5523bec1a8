from dataclasses import dataclass, field, InitVar, fields


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0:
            raise ValueError("negative width")
        self.area = self.w * self.h


print(Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class User:
    name: str
    password: InitVar[str]
    hashed: str = field(init=False, repr=False)

    def __post_init__(self, password):
        self.hashed = password[::-1]


u = User("bob", "secret")
print(u, u.hashed)
print([f.name for f in fields(User)])
print(hasattr(u, "password"))
print(User.__dataclass_fields__["password"]._field_type)
print(InitVar[str], InitVar(int).type)


@dataclass
class NoArgPost:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale


print(NoArgPost(3), NoArgPost(3, 5))


@dataclass
class Wrong:
    a: int

    def __post_init__(self, extra):
        pass


try:
    Wrong(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    x: int

    def __post_init__(self):
        print("Base post_init", self.x)


@dataclass
class Derived(Base):
    y: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("Derived post_init", self.y)


Derived(1, 2)


@dataclass
class Validated:
    email: str

    def __post_init__(self):
        if "@" not in self.email:
            raise ValueError(f"invalid email: {self.email!r}")
        self.email = self.email.lower()


print(Validated("A@B.C"))
try:
    Validated("nope")
except ValueError as e:
    print(type(e).__name__, e)
