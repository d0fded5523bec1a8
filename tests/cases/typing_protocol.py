from typing import Protocol, runtime_checkable, Iterable, Sized


class Greeter(Protocol):
    def greet(self, name: str) -> str:
        ...


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class HasArea(Protocol):
    area: float

    def describe(self) -> str:
        ...


class File:
    def close(self):
        return "closed"


class English:
    def greet(self, name):
        return f"Hello {name}"


def welcome(g: Greeter, who: str) -> str:
    return g.greet(who)


print(welcome(English(), "bob"))
print(isinstance(File(), Closeable), isinstance(3, Closeable), issubclass(File, Closeable))


class Sq:
    def __init__(self):
        self.area = 4.0

    def describe(self):
        return "sq"


print(isinstance(Sq(), HasArea), isinstance(File(), HasArea))
try:
    isinstance(English(), Greeter)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Greeter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Sq, HasArea)
except TypeError as e:
    print(type(e).__name__, e)


class Impl(Closeable):
    pass


i = Impl()
print(i.close(), isinstance(i, Closeable))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance("ab", Sized))
print(Greeter.__name__, Closeable)
try:
    runtime_checkable(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NotProto(Protocol, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
