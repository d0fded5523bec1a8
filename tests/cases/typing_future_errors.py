from __future__ import annotations, division


def f(x: NotDefined) -> AlsoNot:
    return x


print(f(3), f.__annotations__)
