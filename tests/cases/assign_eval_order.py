# assign: evaluation order of targets and values shown by prints; augmented subscript evaluates once
def v(name, val):
    print("eval", name)
    return val
log = {}
class Obj:
    pass
o = Obj()
v("target-container", log)[v("key", "k")] = v("value", 1)
a = [0, 0]
a[v("index", 0)] += v("increment", 5)
print(a)
x, y = v("first", 1), v("second", 2)
o.attr = v("attr-value", [])
d = {}
d[v("k1", "a")] = d[v("k2", "b")] = v("shared", 0)
print(log, x, y, o.attr, d)
print(v("left", 1) + v("right", 2) * v("mult", 3))
def f(*args, **kw):
    return args, kw
print(f(v("arg1", 1), v("arg2", 2), *[v("star", 3)], **{"k": v("kw", 4)}))
