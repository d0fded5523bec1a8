from enum import Enum, unique, IntEnum


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape(2), Shape["ALIAS_FOR_SQUARE"], len(Shape))
print(list(Shape.__members__))
print(Shape.__members__["ALIAS_FOR_SQUARE"])

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Fine(IntEnum):
    A = 1
    B = 2


print(list(Fine), unique(Fine) is Fine)
try:
    unique(3)
except Exception as e:
    print(type(e).__name__)
