# %-formatting on user objects: __str__/__repr__, __index__ for %x, __int__/__float__ for %d/%f
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class Idx:
    def __index__(self):
        return 255
class Flt:
    def __float__(self):
        return 2.5
class Int:
    def __int__(self):
        return 7
class MyInt(int):
    pass
class MyStr(str):
    pass
print("%s %r %a" % (A(), A(), A()), "%x %o %d" % (Idx(), Idx(), Idx()), "%f %e" % (Flt(), Flt()), "%s" % MyStr("ms"))
print("%d %x %5.1f" % (MyInt(12), MyInt(12), MyInt(12)), "%s" % MyInt(3), MyStr("%s!") % "x", type(MyStr("%s") % 1).__name__)
show(lambda: "%d" % Int())
show(lambda: "%f" % Int())
show(lambda: "%x" % Int())
show(lambda: "%d" % Flt())
show(lambda: "%c" % Idx())
show(lambda: "%s" % A() + 1)
