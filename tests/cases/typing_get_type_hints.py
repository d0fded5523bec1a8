from typing import get_type_hints, Optional, List, Dict, ClassVar, Annotated


class Node:
    value: int
    next: Optional["Node"]
    children: List["Node"]
    count: ClassVar[int] = 0


print(get_type_hints(Node))


def f(a: int, b: "str", c: "Optional[List[int]]" = None) -> "Dict[str, int]":
    return {}


print(get_type_hints(f))
print(f.__annotations__)


class Base:
    x: int


class Child(Base):
    y: "float"


print(get_type_hints(Child))


def g(x: Annotated[int, "meta"]) -> None:
    pass


print(get_type_hints(g), get_type_hints(g, include_extras=True))


def h(x: int = None):
    pass


print(get_type_hints(h))


def no_ann(a, b):
    pass


print(get_type_hints(no_ann), no_ann.__annotations__)


def bad(x: "Undefined") -> None:
    pass


try:
    get_type_hints(bad)
except NameError as e:
    print(type(e).__name__, e)
print(get_type_hints(lambda: 1))
try:
    get_type_hints(3)
except TypeError as e:
    print(type(e).__name__, e)
