from collections.abc import Mapping, Sequence, Iterator, Sized, Hashable, MutableMapping
import abc
import collections.abc as cabc

def show(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except TypeError as e:
        print('TypeError', e)

show(lambda: Mapping())
show(lambda: Sized())
show(lambda: Iterator())

class Half(Mapping):
    def __getitem__(self, k):
        return 1
show(lambda: Half())

class AlmostMM(MutableMapping):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter([])
    def __len__(self): return 0
show(lambda: AlmostMM())

class Done(Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 0
show(lambda: Done())

print(sorted(Mapping.__abstractmethods__), sorted(Sequence.__abstractmethods__), sorted(Hashable.__abstractmethods__))
print(type(Mapping) is abc.ABCMeta, type(Mapping).__name__, Mapping.__module__, repr(Sequence))
print([c.__name__ for c in cabc.MutableMapping.__mro__])
print([c.__name__ for c in cabc.MutableSequence.__mro__])

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

class Impl(Base):
    def run(self):
        return 'ran'

Base.register(tuple)
print(Impl().run(), isinstance((), Base), isinstance([], Base), issubclass(tuple, Base), issubclass(Impl, Base))
show(lambda: Base())
try:
    Base.register(3)
except TypeError as e:
    print('TypeError', e)

@Sized.register
class Weird:
    pass
print(isinstance(Weird(), Sized), Weird.__name__)
