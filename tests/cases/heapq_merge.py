import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge()), list(heapq.merge([1])), list(heapq.merge([], [])))
print(list(heapq.merge([9, 7, 5], [8, 6], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([(1, 'b'), (2, 'a')], [(1, 'a')], key=lambda t: t[0])))
m = heapq.merge([1, 4], [2, 3])
print(next(m), next(m), list(m))
def noisy(name, items):
    for x in items:
        print('  pull', name, x)
        yield x
for v in heapq.merge(noisy('a', [1, 4]), noisy('b', [2, 3])):
    print('got', v)
logs = [[(1, 'a1'), (5, 'a2')], [(2, 'b1'), (3, 'b2')], [(4, 'c1')]]
print([msg for _, msg in heapq.merge(*logs)])
print(type(heapq.merge([])).__name__)
try:
    heapq.merge([1], bogus=2)
except TypeError as e:
    print('TypeError', e)
try:
    list(heapq.merge([1, 'a'], [2]))
except TypeError as e:
    print('TypeError', e)
