# func: defaults evaluated at definition; referencing earlier params is not allowed; default side effects
def make_default(tag):
    print("computing default", tag)
    return tag
def f(a=make_default("a"), b=make_default("b")):
    return a, b
print("defined f")
print(f(), f(1))
def g(n, seen=None, _cache={}):
    _cache[n] = _cache.get(n, 0) + 1
    return dict(_cache)
print(g(1), g(2), g(1))
