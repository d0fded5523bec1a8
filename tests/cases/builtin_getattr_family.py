# builtin: getattr with default, setattr, hasattr, delattr on instances, classes and builtins
class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(C, "y"), hasattr(5, "real"), getattr(5, "bit_length")())
setattr(c, "y", 2)
setattr(C, "z", 3)
print(c.y, c.z, C.z)
delattr(C, "z")
print(hasattr(c, "z"))
print(getattr("abc", "upper")(), getattr([], "append").__name__)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr([], "attr", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
