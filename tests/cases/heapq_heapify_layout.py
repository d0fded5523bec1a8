import heapq

for data in [[9, 8, 7, 6, 5, 4, 3, 2, 1, 0], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [], [1], [2, 1], list('heapify'), [1.5, -2, 3, 0.25]]:
    d = list(data)
    heapq.heapify(d)
    print(d)
d = [(3, 'c'), (1, 'z'), (1, 'a'), (2, 'b'), (0, 'q')]
heapq.heapify(d)
print(d)
print([heapq.heappop(d) for _ in range(len(d))])
big = [(i * 37) % 101 for i in range(101)]
heapq.heapify(big)
print(big[:20], big[-5:])
