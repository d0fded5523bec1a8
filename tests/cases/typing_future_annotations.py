from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import get_type_hints, Optional, List, ClassVar


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0


n = Node(1, [Node(2)])
print(n)
print([(f.name, f.type) for f in fields(Node)])
print(Node.__annotations__)
print(get_type_hints(Node)["children"])


def f(a: int | None, b: dict[str, list[int]] = None) -> Node:
    return Node(a or 0)


print(f.__annotations__)
print(f(None))


class Tree:
    left: Tree | None
    right: "Tree"
    data: tuple[int, ...]
    x: 1 + 2
    y: lambda: 3


print(Tree.__annotations__)
v: SomethingUndefined = 3
print(__annotations__)


def g(*args: int, key: str = "k", **kw: Any) -> None:
    pass


print(g.__annotations__)
