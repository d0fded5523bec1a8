import heapq

tasks = []
heapq.heappush(tasks, (2, 'write code'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))
# Dijkstra's shortest paths.
graph = {'A': {'B': 4, 'C': 1}, 'B': {'D': 1}, 'C': {'B': 2, 'D': 5}, 'D': {}}
dist = {'A': 0}
pq = [(0, 'A')]
order = []
while pq:
    d, node = heapq.heappop(pq)
    if d > dist.get(node, float('inf')):
        continue
    order.append(node)
    for nxt, w in graph[node].items():
        nd = d + w
        if nd < dist.get(nxt, float('inf')):
            dist[nxt] = nd
            heapq.heappush(pq, (nd, nxt))
print(dist, order)
counter = 0
pq = []
for prio, item in [(1, {'x': 1}), (1, {'y': 2}), (0, {'z': 3})]:
    heapq.heappush(pq, (prio, counter, item))
    counter += 1
print([heapq.heappop(pq)[2] for _ in range(3)])
try:
    heapq.heappush(pq, (1, {'a': 1}))
    heapq.heappush(pq, (1, {'b': 2}))
except TypeError as e:
    print('TypeError', e)
print(pq)
