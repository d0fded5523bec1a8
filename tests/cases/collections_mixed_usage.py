from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
import itertools, functools, operator
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def __getitem__(self, k):
        v = super().__getitem__(k)
        self.move_to_end(k)
        return v
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.move_to_end(k)
        if len(self) > self.cap:
            oldest = next(iter(self))
            del self[oldest]
lru = LRU(2)
lru['a'] = 1; lru['b'] = 2; lru['a']; lru['c'] = 3
print(lru, list(lru.keys()), lru.cap)
class Default(dict):
    def __missing__(self, k):
        return k.upper()
print(Default()['x'])
graph = defaultdict(set)
for a, b in [(1, 2), (2, 3), (1, 3)]:
    graph[a].add(b); graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
pairs = list(itertools.combinations(sorted(graph), 2))
print(pairs, [p for p in itertools.permutations('abc') if p[0] != 'a'])
for i, (x, y) in enumerate(itertools.product(range(2), 'ab')):
    print(i, x, y, end='; ')
print()
freq = Counter(word.lower() for word in 'A a b B b c'.split())
print(freq.most_common(), [w for w, n in freq.items() if n > 1])
window = deque(maxlen=3)
avgs = []
for x in [1, 2, 3, 4, 5]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs, 3 in window, window.count(3))
Emp = namedtuple('Emp', 'name age')
emps = [Emp('x', 30), Emp('y', 25)]
print(sorted(emps, key=operator.attrgetter('age')), [e._asdict() for e in emps])
print(functools.reduce(lambda a, b: a | b, [{1}, {2}], set()), list(itertools.accumulate([1, 2, 3], operator.mul)))
print(list(itertools.chain.from_iterable(graph.values()))[:3], dict(itertools.zip_longest('ab', [1])))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted('aabcbba'))])
print(list(itertools.islice(itertools.count(1), 0, 20, 5)), next(itertools.dropwhile(lambda x: x < 3, itertools.count())))
