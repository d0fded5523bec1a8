# func: decorators without and with arguments, stacking order, preserving behaviour
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@repeat(3)
def hello(name):
    return "hi " + name
@tag("b")
@tag("i")
def text(s):
    return s
print(add(2, 3))
print(hello("x"))
print(text("bold italic"))
print(add.__name__, hello.__name__)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
