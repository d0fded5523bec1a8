# func: class-based decorators with __call__, decorators keeping state, decorating methods
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def logged(method):
    def wrapper(self, *a):
        print("calling", method.__name__, "on", type(self).__name__)
        return method(self, *a)
    return wrapper
class Svc:
    @logged
    def run(self, x):
        return x * 2
print(Svc().run(21))
