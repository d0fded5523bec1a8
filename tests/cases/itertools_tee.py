from itertools import tee, islice, count

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1])), type(tee([1])[0]).__name__)
x, y = tee(count())
print([next(x) for _ in range(5)], next(y))
src = iter(range(200))
p, q = tee(src)
print(sum(p), sum(q))
p, = tee('ab', 1)
print(list(p))
orig, _ = tee('hello')
c1, c2 = tee(orig)
print(''.join(c1), ''.join(c2))
def pairwise_via_tee(it):
    a, b = tee(it)
    next(b, None)
    return zip(a, b)
print(list(pairwise_via_tee([1, 2, 3, 4])))
import copy
t1, _ = tee([9, 8])
t2 = copy.copy(t1)
print(list(t1), list(t2))
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError', e)
print(list(islice(tee(count(5))[1], 3)))
