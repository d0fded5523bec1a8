import copy

class Both:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Both(self.v + ['shallow'])
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', isinstance(memo, dict))
        return Both(copy.deepcopy(self.v, memo) + ['deep'])

x = Both([1])
print(copy.copy(x).v, copy.deepcopy(x).v, copy.deepcopy([x, x])[0].v)
class State:
    def __init__(self):
        self.a = 1
        self.cache = {'big': 1}
    def __getstate__(self):
        print('getstate')
        s = dict(self.__dict__)
        del s['cache']
        return s
    def __setstate__(self, s):
        print('setstate', sorted(s))
        self.__dict__.update(s)
        self.cache = {}
y = copy.deepcopy(State())
print(y.a, y.cache)
z = copy.copy(State())
print(z.cache)
class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, 99))
r = copy.deepcopy(Reduced(5))
print(r.a, r.b, type(r).__name__)
class Const:
    def __deepcopy__(self, memo):
        return self
    def __copy__(self):
        return self
c = Const()
print(copy.copy(c) is c, copy.deepcopy([c])[0] is c)
