import heapq

h = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(h)
print(h)
print(heapq._heappop_max(h), h)
print(heapq._heapreplace_max(h, 0), h)
print([heapq._heappop_max(h) for _ in range(len(h))])
neg = []
for x in [3, 1, 4, 1, 5]:
    heapq.heappush(neg, -x)
print([-heapq.heappop(neg) for _ in range(len(neg))])
print(sorted(n for n in dir(heapq) if not n.startswith('__')))
