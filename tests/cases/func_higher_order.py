# func: functions taking/returning functions — compose, partial application written by hand, map/filter/reduce-like
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(fn, *pre, **kw):
    def call(*args, **more):
        return fn(*pre, *args, **{**kw, **more})
    return call
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello")
print(hello("ann"), hello("bob", punct="?"), partial(greet, punct=".")("Hi", "cy"))
def reduce(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, b: b + a, "abc", ""))
print(list(map(compose(str, dbl), [1, 2])), sorted(["b", "A", "c"], key=compose(str.lower)))
