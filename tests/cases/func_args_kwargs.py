# func: *args and **kwargs collection, forwarding, keyword-only and positional-only parameters
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{"c": 0, "z": 9}))
def pos_only(x, y, /, z):
    return x, y, z
print(pos_only(1, 2, 3), pos_only(1, 2, z=3))
def kwonly(*, key):
    return key
print(kwonly(key="k"))
def forward(*args, **kwargs):
    return f(*args, **kwargs)
print(forward(10, c=30))
def names(a, /, b, *, c):
    return f"{a}-{b}-{c}"
print(names(1, 2, c=3), names(1, b=2, c=3))
def kw_with_posonly_name(a, /, **kw):
    return a, kw
print(kw_with_posonly_name(1, a=2))
