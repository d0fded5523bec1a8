import heapq
h = [3, 1]
heapq.heapify(h)
print(h)
heapq.heappush(h, 'x')
