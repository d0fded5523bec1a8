from dataclasses import dataclass, field, replace, InitVar


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    debug: bool = False


c = Config("localhost")
c2 = replace(c, port=8080)
print(c, c2, c is c2)
print(replace(c))
print(replace(c, host="x", debug=True))
try:
    replace(c, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(Config, port=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(42)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class WithInitFalse:
    a: int
    b: int = field(init=False, default=0)


w = WithInitFalse(1)
print(replace(w, a=2))
try:
    replace(w, b=3)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.a *= scale


v = WithInitVar(2, 10)
print(v)
try:
    replace(v, a=1)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(v, a=1, scale=3))


@dataclass
class WithInitVarDefault:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale


print(replace(WithInitVarDefault(1), a=5))
