from collections import Counter

class Votes(Counter):
    def winner(self):
        return self.most_common(1)[0][0] if self else None

v = Votes(['bob', 'amy', 'bob', 'cid'])
print(v.winner(), v, v['nobody'])
v.update(['amy', 'amy'])
print(v.winner(), v.most_common())

class Logged(Counter):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)

lg = Logged()
lg.update('ab')
lg.update({'a': 5})
lg['c'] += 2
print(dict(lg))

class Missing(Counter):
    def __missing__(self, key):
        return 100
m = Missing('a')
print(m['a'], m['b'])
print(sorted(Counter('hello world').items())[:4])
