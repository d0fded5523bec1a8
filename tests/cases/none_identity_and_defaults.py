# None: None as default sentinel, identity vs equality, None in containers/sorting errors, NoneType
def f(x=None):
    return "missing" if x is None else x
print(f(), f(0), f(""), f(None), f(False))
vals = [3, None, 1, None]
print([v for v in vals if v is not None], vals.count(None), None in vals, vals.index(None))
print(sorted(vals, key=lambda v: (v is None, v or 0)))
try:
    sorted(vals)
except TypeError as e:
    print("TypeError:", e)
NoneType = type(None)
print(NoneType, NoneType() is None, isinstance(None, NoneType), repr(NoneType.__name__))
print(hash(None) == hash(None), {None: 1}[None], max([None], key=lambda v: 0))
x = print("print returns None")
print(x, [].append(1), {}.update(), [3, 1].sort())
