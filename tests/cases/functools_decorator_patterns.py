import functools

def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def hello(name):
    return 'hi ' + name

hello('a'); hello('b')
print(hello.calls, hello.__name__, hello('c'), hello.calls)

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return inner

@memoize
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.__wrapped__.__name__)

class Service:
    @functools.lru_cache(maxsize=4)
    def lookup(self, key):
        return key.upper()
    @staticmethod
    @functools.cache
    def constant(x):
        return x * 100

s = Service()
print(s.lookup('a'), s.lookup('a'), Service.lookup.cache_info().hits, Service.constant(2), s.constant(2))
def timer(label):
    def deco(f):
        @functools.wraps(f)
        def w(*a):
            r = f(*a)
            print(label, f.__name__, '->', r)
            return r
        return w
    return deco
@timer('T')
def mul(a, b):
    return a * b
mul(6, 7)
print(mul.__wrapped__(2, 3))
