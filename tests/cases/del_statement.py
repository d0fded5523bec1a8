# del: names, items, slices, attributes; NameError/UnboundLocalError after del
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(8))
del lst[0], lst[-1]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(o.__dict__, hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
a, b = 1, 2
del (a, b)
try:
    a
except NameError as e:
    print("NameError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
