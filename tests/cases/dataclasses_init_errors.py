from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int
    z: int = 0


for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {"w": 1}), ((1, 2), {"x": 3}), ((), {"x": 1, "z": 3})]:
    try:
        print(Point(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


print(Point("a", None))
print(Point(*[1, 2]), Point(**{"x": 1, "y": 2}))


@dataclass
class Single:
    value: str


try:
    Single()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Single(value="a", other=1)
except TypeError as e:
    print(type(e).__name__, e)


try:
    @dataclass(frozen=True, foo=1)
    class X:
        a: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class M:
        x = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class NoAnn:
    x = 1


print(NoAnn(), NoAnn.x)
Point(1)
