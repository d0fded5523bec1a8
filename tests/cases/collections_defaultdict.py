from collections import defaultdict

groups = defaultdict(list)
for name, team in [('ann', 'red'), ('bob', 'blue'), ('cat', 'red')]:
    groups[team].append(name)
print(groups)
print(dict(groups), groups.default_factory, len(groups))
counts = defaultdict(int)
for ch in 'banana':
    counts[ch] += 1
print(counts, counts['zz'], 'zz' in counts, counts.get('yy'), 'yy' in counts)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 2
nested['b']['y'] -= 1
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s['k'].add(1)
s['k'].add(1)
print(s)
nf = defaultdict()
print(nf, nf.default_factory)
try:
    nf['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
d = defaultdict(int, {'a': 1}, b=2)
print(d, isinstance(d, dict), d.copy(), type(d.copy()).__name__)
d.default_factory = list
print(d['new'], d)
print(defaultdict(str)['x'] == '', defaultdict(tuple)[0])
m = defaultdict(int, a=1) | {'b': 2}
print(m, type(m).__name__)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t['a']['b']['c'] = 1
print(list(t), list(t['a']), t['a']['b']['c'], type(t['a']).__name__)
print(repr(defaultdict(list)), defaultdict(dict, {1: {}}))
