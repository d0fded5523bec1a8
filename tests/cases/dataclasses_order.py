from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "x"), Version(1, 2, "rc")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) < Version(1, 1), Version(2) > Version(1, 9), Version(1) <= Version(1), Version(1) >= Version(1, 1))
print(Version(1, 0, "a") == Version(1, 0, "b"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < 3
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Unordered:
    a: int


try:
    Unordered(1) < Unordered(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Unordered(2), Unordered(1)])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Unordered(2), Unordered(1)], key=lambda u: u.a))

try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


h = sorted([Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "z")])
print([t.name for t in h])


@dataclass(order=True)
class Child(Version):
    patch: int = 0


print(Child(1, 2, "", 3) > Child(1, 2, "", 1))
try:
    print(Child(1) < Version(2))
except TypeError as e:
    print(type(e).__name__, e)
