from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()} ({self.mass:.3e} kg)"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return "m/s^2"


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet.MERCURY.describe(), Planet.heaviest(), Planet.unit())
print(Planet((3.303e+23, 2.4397e6)))


class Weekday(Enum):
    MON = 1
    TUE = 2
    SAT = 6
    SUN = 7

    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    def __str__(self):
        return self.name.capitalize()

    @classmethod
    def from_str(cls, s):
        return cls[s.upper()]


print([d.is_weekend() for d in Weekday])
print(Weekday.MON, repr(Weekday.MON), f"{Weekday.TUE}")
print(Weekday.from_str("sun"))


class Op(Enum):
    ADD = "+"
    SUB = "-"

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        return a - b

    def __repr__(self):
        return f"Op({self.value!r})"


print(Op.ADD.apply(2, 3), Op("-").apply(2, 3), [Op.ADD, Op.SUB])


class Counter(Enum):
    A = 1
    _ignore_ = ["tmp"]
    tmp = 5


print(list(Counter), hasattr(Counter, "tmp"))


class WithConst(Enum):
    X = 1
    __private = 5

    @property
    def doubled(self):
        return self.value * 2


print(list(WithConst), WithConst.X.doubled)
