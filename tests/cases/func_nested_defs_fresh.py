# func: nested functions are created fresh on each call; closures hold independent state
def make():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
a1, a2 = make(), make()
print(a1(1), a1(2), a2(3), a1 is a2, a1.__name__, a1.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer() is outer(), outer().__qualname__)
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders()])
