from typing import Optional, Union, Any, List
import typing

print(Optional[int], Union[int, None], Union[None, int], Union[int, str])
print(Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, int], Union[int])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str].__args__, Optional[int].__args__)
print(typing.get_origin(Optional[int]) is Union, typing.get_args(Union[int, str, None]))
print(int | None, int | str | None, type(int | None).__name__)
print((int | None) == Optional[int], Union[int, None] == (int | None))
print(Union[int, None] | str, Optional[int] | None)
print(isinstance(3, int | str), isinstance("s", Union[int, str]), isinstance(None, Optional[int]), isinstance(3.0, int | str))
print(issubclass(bool, int | str), issubclass(float, Union[int, str]))
print(Optional[List[int]], Union[List[int], None])
for bad in [lambda: Optional[int, str], lambda: Union[()], lambda: Union[3], lambda: Optional[3], lambda: Optional[()]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(3, Optional[List[int]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Union()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X(Union):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Union[int, Any], Optional[Any], Union[None], Optional[None])
print(Union["Node", None], Optional["Tree"])


def f(x: Optional[int] = None) -> Union[int, str]:
    return x if x is not None else "none"


print(f(), f(3), f.__annotations__)
print(repr(int | list[int]), list[int] | None)
