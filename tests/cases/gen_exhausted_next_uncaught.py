# gen: uncaught StopIteration from next() on an exhausted generator
def pair():
    yield "a"
    yield "b"

it = pair()
print(next(it))
print(next(it))
print(next(it))
