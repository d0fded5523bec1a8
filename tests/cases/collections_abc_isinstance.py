from collections.abc import (Iterable, Iterator, Sized, Container, Collection, Sequence,
    MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Callable,
    Reversible, Generator, Awaitable, Coroutine, KeysView, ItemsView, ValuesView)
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap
import collections.abc

names = ['Iterable', 'Iterator', 'Sized', 'Container', 'Collection', 'Sequence',
         'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Hashable',
         'Callable', 'Reversible', 'Generator']

def gen():
    yield 1

async def coro():
    return 1

values = [[], (), '', b'', bytearray(), range(2), {}, set(), frozenset(), {}.keys(), {}.items(),
          {}.values(), iter([]), gen(), 3, 1.5, None, print, len, lambda: 0, deque(), OrderedDict(),
          Counter(), defaultdict(int), ChainMap(), object(), int]
for v in values:
    print(type(v).__name__, [n for n in names if isinstance(v, getattr(collections.abc, n))])
c = coro()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(c, Iterable))
c.close()
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView))
print(issubclass(list, Sequence), issubclass(tuple, MutableSequence), issubclass(dict, Mapping),
      issubclass(bool, Hashable), issubclass(list, Hashable), issubclass(str, Iterable), issubclass(int, Iterable))
print(isinstance([], (Mapping, Sequence)), isinstance(5, (Mapping, Sequence)))

def flatten(x):
    if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, 'ab')], {4}, range(5, 7)])))

def describe(x):
    if isinstance(x, Mapping):
        return 'mapping'
    if isinstance(x, Sequence):
        return 'sequence'
    if isinstance(x, Set):
        return 'set'
    return 'other'
print([describe(v) for v in [{}, [], (), 'x', {1}, frozenset(), 5, Counter()]])
