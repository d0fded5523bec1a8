from functools import lru_cache

calls = []
@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x

print(square(1), square(2), square(1), square(3), square(2), square(1))
print(calls, square.cache_info())
print(square.cache_info().hits, square.cache_info().maxsize, square.cache_info()._fields)
square.cache_clear()
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__wrapped__(9), square.__doc__)

@lru_cache
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__doc__, fib.__qualname__)

@lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(400) % 10**9, ways.cache_info())

@lru_cache(None)
def grid(r, c):
    if r == 0 or c == 0:
        return 1
    return grid(r - 1, c) + grid(r, c - 1)
print(grid(16, 16), grid.cache_info().currsize)

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
for bad in ['x', 1.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print('TypeError', e)
