from collections import Counter

c = Counter()
c.update('aab')
print(c)
c.update({'a': 10, 'z': 1})
print(c)
c.update(['z', 'z'], q=4)
print(c)
c.subtract('aaaa')
print(c)
c.subtract({'q': 10})
print(c)
c.subtract(z=3)
print(c)
c.update(None)
print(c)
c.update(Counter(n=2))
print(c)
f = Counter({'a': 1.5})
f.update({'a': 0.25})
print(f)
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Counter([[1]])
except TypeError as e:
    print(type(e).__name__, e)
big = Counter(i % 97 for i in range(100000))
print(len(big), big[0], big[96], big.most_common(1), big.total())
print(Counter('mississippi').most_common())
