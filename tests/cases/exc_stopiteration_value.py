# exc: StopIteration args/value, StopIteration from next() on various iterators
def g():
    return (yield 1)
it = g()
next(it)
try:
    it.send("sent back")
except StopIteration as e:
    print(repr(e), e.value, e.args)
for src in [[], "", {}, range(0), (x for x in [])]:
    try:
        next(iter(src))
    except StopIteration as e:
        print(type(src).__name__, repr(e))
e = StopIteration()
print(e.value, StopIteration(1, 2).value)
