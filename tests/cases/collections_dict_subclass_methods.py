from collections import Counter, deque, defaultdict, OrderedDict
c = Counter('aab')
print(sum([Counter('a'), Counter('bb')], Counter()), max(c, key=c.get), sorted(c.items(), key=lambda x: (-x[1], x[0])))
try:
    c += {'a': 1}
except TypeError as e:
    print(e)
try:
    d = deque([1]); d -= [1]
except TypeError as e:
    print(e)
print(c.get('a'), c.keys(), c.values(), c.items(), c.pop('a'), c, c.setdefault('z', 5), c)
print(list(reversed(c)), len(c), c == Counter(b=1, z=5), {**c})
dd = defaultdict(int, a=1)
print(dd.items(), dict(sorted(dd.items())), dd.pop('a'), dd, dd.setdefault('q', 3), dd['q'])
print(OrderedDict(sorted({'b': 1, 'a': 2}.items())), list(OrderedDict.fromkeys('abca')))
print(''.join(OrderedDict.fromkeys('mississippi')), Counter('hello') - Counter('l'))
x = Counter({'a': 3})
x['a'] -= 5
print(x, +x, x.most_common())
