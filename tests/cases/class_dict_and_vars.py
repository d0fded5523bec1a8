# class: instance __dict__, vars(), setattr/getattr/delattr/hasattr builtins
class Obj:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
        self.b = [2]
o = Obj()
print(o.__dict__, vars(o), vars(o) is o.__dict__)
o.__dict__["c"] = 3
setattr(o, "d", 4)
print(o.c, getattr(o, "d"), getattr(o, "zz", None), hasattr(o, "cls_attr"), "cls_attr" in o.__dict__)
delattr(o, "a")
print(o.__dict__, hasattr(o, "a"))
for name in ["x y", "123"]:
    setattr(o, name, name)
print(getattr(o, "x y"), sorted(vars(o)))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
