import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(1, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums), heapq.nlargest(20, nums), heapq.nsmallest(11, nums))
portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
print(heapq.nlargest(3, 'hello world'), heapq.nsmallest(2, iter([5, 3, 9, 1])), heapq.nlargest(2, (x * x for x in range(-5, 3))))
print(heapq.nlargest(3, [(1, 'a'), (1, 'b'), (0, 'c'), (1, 'a')]), heapq.nsmallest(2, [1, 1, 1], key=lambda x: 0))
print(heapq.nlargest(4, range(1000), key=lambda v: v % 10), heapq.nsmallest(4, range(1000), key=lambda v: -v))
print(heapq.nlargest(2, []), heapq.nsmallest(5, set()))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words))
for bad in [lambda: heapq.nlargest(2), lambda: heapq.nlargest(2, [1, 'a', 2, 3]), lambda: heapq.nsmallest('x', [1, 2, 3])]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
