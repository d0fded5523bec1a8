# gen: yield from delegating to iterables and generators, send passes through
def inner():
    x = yield "inner-1"
    print("inner received", x)
    y = yield "inner-2"
    print("inner received", y)
    return x + y
def outer():
    yield "outer-start"
    total = yield from inner()
    yield f"total={total}"
    yield from range(2)
    yield from "ab"
g = outer()
print(next(g))
print(next(g))
print(g.send(10))
print(g.send(32))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 0}, "5")))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
