from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet

class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

f = Frozen(a=1, b=2)
print(f['a'], f.get('a'), f.get('z'), f.get('z', 0), 'b' in f, 'z' in f, len(f))
print(list(f), list(f.keys()), list(f.values()), list(f.items()), dict(f))
print(f == {'a': 1, 'b': 2}, f == {'a': 1}, f != Frozen(a=1, b=2), f.keys() & {'a', 'x'}, sorted(f.keys() | {'q'}))
print(('a', 1) in f.items(), ('a', 2) in f.items(), 2 in f.values(), 9 in f.values(), len(f.items()))
print(type(f.keys()).__name__, isinstance(f, Mapping))

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

s = Store()
s['Key'] = 1
s.update({'OTHER': 2}, Third=3)
s.update([('Fourth', 4)])
print(dict(s), s['KEY'], s.setdefault('new', 0), s.setdefault('key', 99))
print(s.pop('other'), s.pop('absent', 'dflt'), len(s))
k, v = s.popitem()
print(k, v, sorted(s))
s.clear()
print(len(s), dict(s))
try:
    s.pop('x')
except KeyError as e:
    print('KeyError', e)

class Word(Sequence):
    def __init__(self, w):
        self.w = w
    def __getitem__(self, i):
        return self.w[i]
    def __len__(self):
        return len(self.w)

w = Word('banana')
print(list(w), list(reversed(w)), w.index('n'), w.index('a', 2), w.count('a'), 'nan' in w, 'n' in w)
try:
    w.index('z')
except ValueError:
    print('ValueError')

class Stack(MutableSequence):
    def __init__(self):
        self.items = []
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __len__(self):
        return len(self.items)
    def insert(self, i, v):
        self.items.insert(i, v)

st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(st.items, st.pop(), st.pop(0), st.items)
st.reverse()
st.remove(3)
print(st.items, len(st), st[0], list(st))

class Bag(MutableSet):
    def __init__(self, it=()):
        self.data = []
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self.data
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
    def add(self, x):
        if x not in self.data:
            self.data.append(x)
    def discard(self, x):
        if x in self.data:
            self.data.remove(x)

b = Bag([3, 1, 2])
print(list(b & Bag([2, 3, 9])), list(b | [7]), list(b - Bag([1])), sorted(b ^ Bag([1, 5])))
print(b <= Bag([1, 2, 3, 4]), b < Bag([1, 2, 3]), b == Bag([2, 1, 3]), b.isdisjoint([8]))
b |= [10]
b -= [3]
b.remove(1)
print(b.data, type(b & b).__name__)
try:
    b.remove(42)
except KeyError as e:
    print('KeyError', e)
print(b.pop(), b.data)
