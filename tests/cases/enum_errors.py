from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color(1, 2)
except TypeError as e:
    print(type(e).__name__)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color["red"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.red
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class S(Enum):
        _bad_ = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Color.RED)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in Color.RED:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Color.RED.value)
Color.RED.extra = 1
print(Color.RED.extra)


class Base(Enum):
    def helper(self):
        return self.value * 2


class Derived(Base):
    A = 1


print(Derived.A.helper())
try:
    Color(5)
except ValueError as e:
    print(type(e).__name__, e)
