# gen: infinite generators with manual take/skip helpers and enumerate/zip over generators
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def skip(n, it):
    it = iter(it)
    for _ in range(n):
        next(it)
    return it
print(take(10, fib()))
print(take(3, skip(50, fib())))
f = fib()
print(next(f), next(f), next(f), take(3, f))
print([(i, v) for i, v in zip(range(3), fib())], list(zip("ab", fib())))
print(next(x for x in fib() if x > 1000))
