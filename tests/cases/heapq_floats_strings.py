import heapq

h = []
for x in [2.5, -1.0, 3, 0.5, -1, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(6)])
w = ['pear', 'apple', 'fig', 'Banana', 'cherry']
heapq.heapify(w)
print(w, heapq.heappop(w), heapq.nsmallest(2, w), heapq.nlargest(2, w, key=str.lower))
nan = float('nan')
h = [3, nan, 1, 2]
heapq.heapify(h)
print(h)
t = [(1, 2.0), (1, 1.5), (0, 9.9)]
heapq.heapify(t)
print(t, heapq.heappop(t))
print(heapq.nsmallest(2, [[3], [1, 2], [1]]), heapq.nlargest(2, [b'b', b'a', b'c']))
