from functools import lru_cache, cached_property

class Repo:
    def __init__(self, name):
        self.name = name
        self.loads = 0

    @lru_cache(maxsize=None)
    def fetch(self, item):
        self.loads += 1
        return f'{self.name}:{item}'

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Repo) and self.name == other.name

r = Repo('main')
print(r.fetch('a'), r.fetch('a'), r.fetch('b'), r.loads, Repo.fetch.cache_info())
r2 = Repo('main')
print(r2.fetch('a'), r2.loads)

class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, d.computed, 'total' in vars(d))
d.values.append(10)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 99
print(d.total)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__)

class Bad:
    @cached_property
    def x(self):
        return 1
cp = cached_property(lambda self: 5)
class Late:
    pass
Late.v = cp
try:
    Late().v
except TypeError as e:
    print('TypeError', e)
