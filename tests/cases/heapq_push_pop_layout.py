import heapq

data = [5, 7, 9, 1, 3, 8, 2, 6, 4, 0, 5, 5, 12, -3]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h)
while h:
    v = heapq.heappop(h)
    print(v, h)
