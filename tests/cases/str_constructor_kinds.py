# str() of every kind of value: numbers, containers, None, bools, classes, functions, exceptions
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class P:
    pass
class R:
    def __repr__(self):
        return "R()"
class St:
    def __str__(self):
        return "St-str"
class BadStr:
    def __str__(self):
        return 5
print(str(0), str(-0.0), str(1e16), str(1.5e-7), str(2**64), str(True), str(None), str(...), str(NotImplemented))
print(str([1, "a", None]), str((1,)), str({}), str(set()), str({1: "x"}), str(frozenset()), str(range(3)))
print(str(b"\x00a"), str(bytearray(b"z")), str(slice(1, 2)), str(int), str(str), str(ValueError))
print(str(R()), str(St()), repr(St())[:10], str(ValueError("msg")), str(KeyError("k")), str(Exception()), str(Exception(1, 2)))
print(str(object="kw"), str(), str(""), type(str("x")).__name__)
class MyStr(str):
    pass
m = MyStr("sub")
print(str(m), type(str(m)).__name__, repr(m), m.upper(), type(m.upper()).__name__, m + "!", type(m + "!").__name__)
show(lambda: str(BadStr()))
show(lambda: str(1, 2, 3, 4))
show(lambda: str(obj=1))
show(lambda: str(1, "utf-8"))
