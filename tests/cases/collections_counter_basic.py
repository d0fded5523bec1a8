from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()))
print(c.total(), sum(c.values()))
c['z'] += 1
print(c['z'], c)
c2 = Counter(['x', 'y', 'x'])
c3 = Counter({'a': 3, 'b': -1})
c4 = Counter(cats=4, dogs=8)
print(c2, c3, c4)
print(Counter(), repr(Counter()), Counter([]))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3))
for word, n in wc.most_common(2):
    print(word, n)
print(list(wc), list(wc.keys())[:3], isinstance(wc, dict))
del wc['the']
del wc['not-there']
print(wc['the'], 'the' in wc)
print(Counter('aaabbc') == Counter('abcaab'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(dict(Counter('hello')), sorted(Counter('hello').items()))
