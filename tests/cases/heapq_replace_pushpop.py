import heapq

h = [1, 3, 5, 7, 9, 2]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 4))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
# A running top-3 of a stream.
top = []
for x in [5, 1, 9, 3, 7, 8, 2, 10, 4]:
    if len(top) < 3:
        heapq.heappush(top, x)
    else:
        heapq.heappushpop(top, x)
    print(sorted(top), top)
