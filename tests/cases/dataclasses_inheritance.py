from dataclasses import dataclass, field, fields


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


d = Dog("rex")
print(d, d.speak())
print([f.name for f in fields(Dog)])
print(isinstance(d, Animal), Dog.__mro__[1].__name__)
print(Animal("cat") == Dog("cat", "..."))


class Mixin:
    def describe(self):
        return type(self).__name__ + ":" + repr(self)


@dataclass
class Item(Mixin):
    id: int


print(Item(3).describe())


@dataclass
class A:
    a: int = 1


try:
    @dataclass
    class B(A):
        b: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class C(A):
    c: int = 2

    def __repr__(self):
        return "custom C"


print(C(), repr(C(5, 6)))


@dataclass(repr=False, eq=False)
class NoReprEq:
    a: int


x = NoReprEq(1)
print(repr(x).startswith("<__main__.NoReprEq object at"), x == NoReprEq(1), x == x)


@dataclass
class Plain:
    a: int


class Sub(Plain):
    extra = 3


print(Sub(1), Sub(1).extra, Sub(1) == Plain(1), Plain(1) == Sub(1))


@dataclass
class Sub2(Plain):
    b: int = 5


print(Sub2(1), Sub2(1) == Plain(1))


@dataclass
class EqCustom:
    a: int

    def __eq__(self, other):
        return True


print(EqCustom(1) == EqCustom(2), EqCustom.__hash__)
