from collections import Counter

print(Counter('bbaacc'))
print(Counter({'x': 1, 'y': 3, 'z': 3, 'w': 2}))
print(Counter({'a': 2.5, 'b': 2, 'c': 3}))
print(Counter({'a': 'text', 'b': 2}))
print(Counter({'a': -1, 'b': 0, 'c': 1}))
print(Counter({(1, 2): 2, 'k': 2, 3: 5}))
print(str(Counter('ab')), repr(Counter('a')))
c = Counter(a=1)
print(f"{c}", [c], {'k': c})
class Tally(Counter):
    pass
t = Tally('zzy')
print(t, type(t + t).__name__, type(t.copy()).__name__, t.copy())
print(Tally(), isinstance(t, Counter))
print(Counter('banana').most_common(1)[0], Counter([3, 1, 3, 2, 1, 3]).most_common())
