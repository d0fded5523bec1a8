from itertools import pairwise, starmap, zip_longest

print(list(pairwise('ABCD')), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5, 2], 'zx'])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1, 2], [3])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('a', [], 'bc')))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print('TypeError', e)
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print('TypeError', e)
try:
    pairwise()
except TypeError as e:
    print('TypeError', e)
import itertools
print(hasattr(itertools, 'batched'), hasattr(itertools, 'pairwise'))
