# None: repr, str, truthiness, identity comparisons, equality with other values
x = None
print(x, repr(x), str(x), bool(x))
print(x is None, x is not None, x == None, x != 0)
print(type(x), type(x).__name__)
print([None, None], (None,), {None: None})
def f():
    pass
print(f() is None)
print(None == False, None == 0, None == "")
print(not None)
r = None or "default"
print(r)
print(None and 1)
