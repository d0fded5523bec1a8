from typing import TypeVar, Generic, List, Dict, Optional, Iterator

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
Co = TypeVar("Co", covariant=True)
print(T, K, N, Co, T.__name__, K.__bound__, N.__constraints__, Co.__covariant__)
print(List[T], Dict[K, T], Optional[T])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), type(s).__name__)
print(Stack[int], Stack.__parameters__, Stack[str].__args__, Stack.__orig_bases__ if False else "")
s2: Stack[str] = Stack()
print(isinstance(s, Stack), type(Stack[int]()).__name__)


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v

    def __repr__(self):
        return f"Pair({self.k!r}, {self.v!r})"


print(Pair("a", 1), Pair[str, int], Pair[str, int]("b", 2))
for bad in [lambda: Stack[int, str], lambda: Pair[int], lambda: TypeVar("X", int), lambda: TypeVar("Y", bound=int, covariant=True, contravariant=True), lambda: Generic[int], lambda: isinstance(1, T)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__orig_bases__)


def first(xs: List[T]) -> T:
    return xs[0]


print(first([3, 4]), first.__annotations__)
print(T == T, T == TypeVar("T"), T in [T], {T: 1}[T])
