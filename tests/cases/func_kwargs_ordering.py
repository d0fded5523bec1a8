# func: **kwargs preserves call order; merging dicts into calls; keyword names as strings
def show(**kw):
    return list(kw.items())
print(show(b=1, a=2, c=3))
print(show(**{"z": 1}, y=2, **{"x": 3}))
def f(a, b, c):
    return a, b, c
print(f(c=3, a=1, b=2), f(1, c=3, b=2), f(*(1,), **{"c": 3, "b": 2}))
opts = {"sep": "-", "end": "!\n"}
print("a", "b", **opts)
def star_args(*args):
    return len(args), args
print(star_args(), star_args(*range(3), *"xy"), star_args([1, 2]))
