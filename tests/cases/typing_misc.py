from typing import overload, final, Final, ClassVar, Annotated, no_type_check, TYPE_CHECKING, assert_never, get_args, get_origin, Any, TypeAlias, Union
import typing

if TYPE_CHECKING:
    import nonexistent_module


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f("a"))


@final
class Leaf:
    pass


print(Leaf.__name__, Leaf.__final__ if hasattr(Leaf, "__final__") else "nofinal")
MAX: Final = 10
RATE: Final[float] = 0.5
print(MAX, RATE, Final[int], ClassVar[int])
A = Annotated[int, "positive", 3]
print(A, get_args(A), get_origin(A) is Annotated, A.__metadata__, A.__origin__)
print(Annotated[Annotated[int, 1], 2])
try:
    Annotated[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    assert_never(3)
except AssertionError as e:
    print(type(e).__name__, e)
Vector: TypeAlias = list[float]
print(Vector, typing.reveal_type if False else "")


@no_type_check
def g(x: "anything") -> "weird":
    return x


print(g(1))
print(typing.get_origin(ClassVar[int]) is ClassVar, typing.get_args(Final[int]))
print(typing.NoReturn, typing.Never)
JSON = Union[dict, list, str, int, float, bool, None]
print(JSON)


def parse(x: JSON) -> JSON:
    return x


print(parse([1]), typing.assert_type(3, int))
