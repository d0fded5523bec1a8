from typing import Callable, Any, Awaitable, get_args, get_origin
import collections.abc

print(Callable[[int, str], bool], Callable[..., Any], Callable[[], None], Callable)
print(Callable[[int], Callable[[str], int]])
print(get_args(Callable[[int, str], bool]), get_origin(Callable[[int], str]))
print(get_args(Callable[..., int]))
print(isinstance(len, Callable), isinstance(3, Callable), callable(Callable))
print(isinstance(print, collections.abc.Callable), isinstance(lambda: 1, Callable))
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
for bad in [lambda: Callable[int, str], lambda: Callable[[int]], lambda: Callable[[int], str, bool], lambda: isinstance(len, Callable[[int], int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


print(apply(lambda v: v * 2, 21))
print(apply.__annotations__["f"])
Handler = Callable[[str], Awaitable[None]]
print(Handler)
print(isinstance(len, collections.abc.Callable))
