from typing import Any, Dict, List, Optional, Tuple, Union, Iterator, Generator


def process(items: List[Dict[str, Any]], limit: Optional[int] = None) -> Tuple[int, List[str]]:
    names = [str(i.get("name")) for i in items]
    return len(names), names[:limit]


print(process([{"name": "a"}, {"name": "b"}], 1))
print(process.__annotations__)


class Config:
    name: str
    values: Dict[str, int] = {}
    debug: bool = False

    def get(self, key: str, default: Optional[int] = None) -> Optional[int]:
        return self.values.get(key, default)


print(Config.__annotations__, Config().get("x", 3))
x: int = 5
y: List[int]
print(x, "y" in dir(), __annotations__)


def gen(n: int) -> Iterator[int]:
    yield from range(n)


def gen2() -> Generator[int, None, str]:
    yield 1
    return "done"


print(list(gen(3)), list(gen2()))
z: "Forward" = 1
print(__annotations__["z"])


def outer():
    local: int = 3
    unset: str
    return local


print(outer(), outer.__annotations__)
lst: list[int] = []
d: dict[str, list[tuple[int, str]]] = {}
print(__annotations__["d"])
obj = Config()
obj.name: str = "n"
print(obj.name)
a, b = 1, 2
print(__annotations__.keys())


def kw(*args: int, **kwargs: str) -> None:
    pass


print(kw.__annotations__)
try:
    undefined_name: int
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
