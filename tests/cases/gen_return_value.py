# gen: return value in a generator becomes StopIteration.value; yield from returns it
def gen():
    yield 1
    yield 2
    return "result"
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))
def delegator():
    r = yield from gen()
    print("sub-generator returned", r)
    yield r.upper()
print(list(delegator()))
def empty():
    return
    yield
print(list(empty()), next(empty(), "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration repr:", repr(e))
