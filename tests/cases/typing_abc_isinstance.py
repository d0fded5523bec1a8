from typing import Iterable, Iterator, Sequence, Mapping, MutableMapping, Sized, Hashable, Container, Collection, Generator, Callable, Awaitable, Reversible, MutableSequence, AbstractSet
import collections.abc as cabc

values = [[], (), {}, set(), "s", 3, None, iter([]), (x for x in []), range(3), b"x", frozenset()]
for t in [Iterable, Iterator, Sequence, Mapping, MutableMapping, Sized, Hashable, Container, Collection, Generator, Reversible, MutableSequence, AbstractSet]:
    print(t, [isinstance(v, t) for v in values])


class MyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(isinstance(MyIter(), Iterable), isinstance(MyIter(), Iterator), issubclass(MyIter, Iterable))
print(isinstance({}.keys(), AbstractSet), isinstance({}.items(), Iterable))
print(Iterable[int], Mapping[str, int], isinstance([], cabc.Iterable), isinstance({}, cabc.Mapping))


def takes(xs: Iterable[int]) -> int:
    return sum(xs)


print(takes([1, 2]), takes(range(4)), takes({5: 0}))
