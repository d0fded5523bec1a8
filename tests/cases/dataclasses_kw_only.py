from dataclasses import dataclass, field, KW_ONLY, fields


@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2


print(Opts(a=1), Opts(b=3, a=4))
try:
    Opts(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


print(Mixed(1, c=3), Mixed(1, b=2, c=3))
print([(f.name, f.kw_only) for f in fields(Mixed)])
try:
    Mixed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Mixed(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class PerField:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 7


print(PerField(1), PerField(1, 2, b=3))
print(PerField.__match_args__, Mixed.__match_args__)


@dataclass(kw_only=True)
class Base:
    x: int = 0


@dataclass
class Child(Base):
    y: int


print(Child(1), Child(2, x=5))
try:
    @dataclass
    class Two:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print(type(e).__name__, e)
