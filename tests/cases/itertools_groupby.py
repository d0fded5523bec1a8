from itertools import groupby

print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([k for k, g in groupby('aabbbc')], [len(list(g)) for k, g in groupby([1, 1, 2, 1])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
data = sorted([('b', 2), ('a', 1), ('b', 5), ('a', 3)])
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda t: t[0])})
# Groups share the underlying iterator: advancing the groupby empties older groups.
gb = groupby('aaabbb')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby([1, 1, 2, 2, 3])
groups = list(gb)
print([(k, list(g)) for k, g in groups])
gb = groupby('xxyy')
k, g = next(gb)
print(next(g), k)
print(next(gb)[0], list(g))
print(list(groupby([])), [(k, list(g)) for k, g in groupby([5], key=lambda x: x % 2)])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
# Run-length encoding.
s = 'WWWWBBBWWCCCCCC'
print(''.join(f'{len(list(g))}{k}' for k, g in groupby(s)))
try:
    list(groupby([1, 2], key=5))
except TypeError as e:
    print('TypeError', e)
