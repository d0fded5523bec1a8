from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(str(Color.GREEN), f"{Color.BLUE}", "%s" % Color.RED)
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(list(Color))
print(len(Color), Color.RED in Color)
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.RED == Color.RED, Color.RED is Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(Color)
print(repr(Color))
print(Color.__members__)
print(list(Color.__members__.keys()))
print(hash(Color.RED) == hash(Color.RED))
print({Color.RED: "r", Color.GREEN: "g"}[Color.RED])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print([c.name for c in reversed(Color)])
print(Color.RED.__class__.__name__, Color.__name__)
print(bool(Color.RED))
print(dir(Color.RED)[:3] if False else "dir skipped")
print(issubclass(Color, Enum), type(Color).__name__)


class Empty(Enum):
    pass


print(list(Empty), len(Empty), bool(Empty))
print(Color.GREEN.value + 10)
print([m for m in Color if m.value > 1])
print(max(Color, key=lambda m: m.value))
print(f"{Color.RED!r} {Color.RED.name:>8}|")
