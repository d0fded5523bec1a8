from collections.abc import Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Reversible, Generator

class Numbers:
    def __iter__(self):
        return iter([1, 2])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Box:
    def __len__(self):
        return 1
    def __contains__(self, x):
        return x == 1

class Full(Box):
    def __iter__(self):
        return iter([1])

class NoHash:
    def __eq__(self, other):
        return True

class Fn:
    def __call__(self):
        return 1

class Rev:
    def __iter__(self):
        return iter([])
    def __reversed__(self):
        return iter([])

class NotIter:
    __iter__ = None

for obj in [Numbers(), Countdown(3), Box(), Full(), NoHash(), Fn(), Rev(), NotIter(), object()]:
    print(type(obj).__name__, isinstance(obj, Iterable), isinstance(obj, Iterator), isinstance(obj, Sized),
          isinstance(obj, Container), isinstance(obj, Hashable), isinstance(obj, Callable),
          isinstance(obj, Collection), isinstance(obj, Reversible), isinstance(obj, Generator))
print(issubclass(Countdown, Iterator), issubclass(Numbers, Iterator), issubclass(Full, Collection))
print(list(Countdown(3)), sorted(Numbers()))
