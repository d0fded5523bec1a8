from typing import Literal, get_args, get_origin, Union

Mode = Literal["r", "w", "a"]
print(Mode, get_args(Mode), get_origin(Mode) is Literal)
print(Literal[1, 2, 3], Literal[True], Literal[None], Literal[b"x"], Literal["a"])
print(Literal[1, Literal[2, 3]], Literal[1, 1, 2])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal["a"] == Literal["a"])
print(Union[Literal[1], Literal[2]], Literal[1] | None)


def open_file(mode: Mode) -> str:
    if mode not in get_args(Mode):
        raise ValueError(f"invalid mode {mode!r}")
    return mode


print(open_file("r"))
try:
    open_file("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    isinstance("r", Literal["r"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Literal()
except TypeError as e:
    print(type(e).__name__, e)
print(hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Literal[1, 2].__args__)
