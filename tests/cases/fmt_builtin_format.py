# builtin format() with None/bool/containers/objects, __format__ dispatch and type errors
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
class NoF:
    pass
class BadF:
    def __format__(self, spec):
        return 42
class MyInt(int):
    pass
class MyFloat(float):
    def __format__(self, spec):
        return "myfloat:" + spec
print(format(F(), "xyz"), format(F()), format(None), format([1, 2]), format((1,), ""), format({"a": 1}))
print(format(MyInt(5), "03d"), format(MyFloat(1.5), ".2f"), format(MyInt(7)))
show(lambda: format(None, ">5"))
show(lambda: format([1], "x"))
show(lambda: format(NoF(), "s"))
show(lambda: format(NoF(), "")[:10])
show(lambda: format(BadF(), ""))
show(lambda: format(b"ab", "5"))
show(lambda: format(object(), "^3"))
show(lambda: format(print, ""))
