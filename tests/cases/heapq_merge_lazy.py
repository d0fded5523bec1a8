import heapq
import itertools

evens = itertools.count(0, 2)
odds = itertools.count(1, 2)
print(list(itertools.islice(heapq.merge(evens, odds), 10)))
squares = (i * i for i in itertools.count())
cubes = (i * i * i for i in itertools.count())
print(list(itertools.islice(heapq.merge(squares, cubes), 12)))
m = heapq.merge([3, 2, 1], [5, 0], reverse=True, key=lambda x: x)
print(list(m))
m = heapq.merge([1, 2], [1, 2], [1])
print(list(m))
