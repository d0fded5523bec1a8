import copy
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple, ChainMap

dq = deque([1, [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[1] is dq[1], copy.copy(dq)[1] is dq[1])
c = Counter('aab')
print(copy.copy(c), copy.deepcopy(c), type(copy.deepcopy(c)).__name__)
od = OrderedDict(b=[1], a=2)
od2 = copy.deepcopy(od)
print(od2, type(od2).__name__, od2['b'] is od['b'], list(od2))
dd = defaultdict(list, {'x': [1]})
dd2 = copy.deepcopy(dd)
dd2['y'].append(5)
print(dd2, dd2.default_factory, dd, copy.copy(dd).default_factory)
P = namedtuple('P', 'x y')
p = P(1, [2])
print(copy.copy(p) is p, copy.deepcopy(p), copy.deepcopy(p).y is p.y, type(copy.deepcopy(p)).__name__)
cm = ChainMap({'a': 1}, {'b': 2})
cm2 = copy.copy(cm)
cm2['z'] = 0
print(cm, cm2)
