# gen: generator state after exhaustion/close, iterating a closed generator, generator in finally
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
a = g()
print(next(a))
a.close()
print(list(a), next(a, "done"))
b = g()
for v in b:
    print("value", v)
    break
print("after break")
b.close()
c = g()
print(list(c))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)], next(it))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(4, infinite())))
