import heapq

n = 100000
h = []
for i in range(n):
    heapq.heappush(h, (i * 7919) % n)
print(len(h), h[:8], h[-3:])
out = [heapq.heappop(h) for _ in range(10)]
print(out, len(h))
data = [(i * 104729) % 99991 for i in range(n)]
heapq.heapify(data)
print(data[:6], heapq.nsmallest(5, data), heapq.nlargest(5, data))
s = 0
while data:
    s += heapq.heappop(data)
print(s)
print(sum(heapq.merge(range(0, 50000, 2), range(1, 50000, 2))))
