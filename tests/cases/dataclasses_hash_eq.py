from dataclasses import dataclass, field


@dataclass
class Mut:
    a: int


print(Mut.__hash__)
try:
    hash(Mut(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Mut(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {Mut(1): 1}
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(UH(1)) == hash(UH(1, [2])), UH(1) == UH(1, [2]))


@dataclass(eq=False)
class IdEq:
    a: int


x = IdEq(1)
print(x == IdEq(1), x == x, hash(x) == hash(x), {x: 1}[x])


@dataclass(frozen=True)
class Fz:
    a: int
    b: tuple = ()


print(hash(Fz(1, (2,))) == hash(Fz(1, (2,))))
try:
    hash(Fz(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class WithHash:
    a: int

    def __hash__(self):
        return 42


print(hash(WithHash(1)))


@dataclass(frozen=True)
class CmpFalse:
    a: int
    b: int = field(compare=False)


print(CmpFalse(1, 2) == CmpFalse(1, 3), hash(CmpFalse(1, 2)) == hash(CmpFalse(1, 3)))

try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)

print(Mut(1) == Mut(1), Mut(1) != Mut(2), Mut(1) == 1, Mut(1).__eq__(1))
