from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od.keys()), list(od.values()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print(type(e).__name__, e)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y)
print(OrderedDict(), OrderedDict([(1, [2])]), OrderedDict.fromkeys('ab', 0))
print(isinstance(x, dict), x | {'c': 3}, type(x | {'c': 3}).__name__, x.copy(), type(x.copy()).__name__)
r = OrderedDict()
r['me'] = r
print(r)
print(list(reversed(OrderedDict(a=1, b=2, c=3))))
# An LRU cache built on OrderedDict.
cache = OrderedDict()
def get(key):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    cache[key] = key * 10
    if len(cache) > 3:
        cache.popitem(last=False)
    return cache[key]
for k in [1, 2, 3, 1, 4, 2, 5]:
    get(k)
print(list(cache.items()))
big = OrderedDict((i, i) for i in range(3000))
for _ in range(2990):
    big.popitem(last=False)
print(list(big), len(big))
