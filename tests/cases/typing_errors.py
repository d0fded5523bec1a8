import typing
from typing import Any, List, Dict, Optional, Union, ClassVar, Final, Generic, TypeVar

for bad in [
    lambda: Any(),
    lambda: Any[int],
    lambda: isinstance(1, Any),
    lambda: List[int](),
    lambda: Optional(),
    lambda: ClassVar[int, str],
    lambda: Final[int, str],
    lambda: Dict[int, str, float],
    lambda: typing.Tuple[int, ...][int],
    lambda: issubclass(int, List[int]),
    lambda: Union[int, str][int],
    lambda: typing.Literal,
]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)

try:
    typing.NotAThing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from typing import NotAThing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    class B(List[int], Dict[str, int]):
        pass
except TypeError as e:
    print(type(e).__name__)
try:
    class C(Optional[int]):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class D(List[int]):
    pass


print(D([1, 2]), D.__mro__)
