from functools import lru_cache, cache

@cache
def f(x, y=1):
    return (x, y)

f(1); f(1, 1); f(1, y=1); f(y=1, x=1); f(1)
print(f.cache_info())

@lru_cache(typed=True)
def g(x):
    return type(x).__name__
print(g(1), g(1.0), g(True), g(1), g.cache_info())

@lru_cache()
def h(x):
    return x
h(1); h(1.0); h(True)
print(h.cache_info(), h(1.0), h(True))

@cache
def k(*args, **kw):
    return len(args), sorted(kw)
print(k(1, 2), k(1, 2), k(a=1, b=2), k(b=2, a=1), k.cache_info())
try:
    k([1])
except TypeError as e:
    print('TypeError', e)
print(k.cache_info())

@lru_cache(maxsize=3)
def ident(x):
    return x
for v in [1, 2, 3, 1, 4, 1, 5]:
    ident(v)
print(ident.cache_info())
calls = []
@lru_cache(maxsize=2)
def tracked(x):
    calls.append(x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    tracked(v)
print(calls)
