import copy

class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __eq__(self, other):
        return vars(self) == vars(other)
c = Config(a=1, b=[2])
d = copy.deepcopy(c)
print(d == c, d is c, d.b is c.b, vars(d))
class Lazy:
    def __init__(self):
        self.data = [1]
        self._handle = 'open'
    def __getstate__(self):
        state = self.__dict__.copy()
        state['_handle'] = None
        return state
l2 = copy.deepcopy(Lazy())
print(l2.data, l2._handle)
class SetOnly:
    def __init__(self):
        self.x = 1
    def __setstate__(self, state):
        print('restoring', state)
        self.x = state['x'] * 10
print(copy.copy(SetOnly()).x, copy.deepcopy(SetOnly()).x)
class EmptyState:
    pass
print(type(copy.deepcopy(EmptyState())).__name__, vars(copy.copy(EmptyState())))
