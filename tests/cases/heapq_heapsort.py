import heapq

def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]

print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
print(heapsort('heapsort'), heapsort([]), heapsort([(2, 'b'), (1, 'z'), (2, 'a')]))
import itertools
perm_ok = all(heapsort(p) == sorted(p) for p in itertools.permutations([3, 1, 2, 2, 0]))
print(perm_ok)
