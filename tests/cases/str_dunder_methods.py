# str dunder methods called directly: __add__, __mul__, __rmul__, __mod__, __eq__, __lt__, __hash__, ...
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "ab"
print(s.__add__("c"), s.__mul__(2), s.__rmul__(3), "%s!".__mod__("x"), s.__len__(), s.__contains__("a"))
print(s.__eq__("ab"), s.__eq__(1), s.__ne__("x"), s.__lt__("b"), s.__le__("ab"), s.__gt__("a"), s.__ge__("b"), s.__lt__(1))
print(s.__getitem__(1), s.__getitem__(slice(None, None, -1)), s.__str__(), s.__repr__(), s.__hash__() == hash(s))
print(list(s.__iter__()), s.__format__(">4"), s.__mod__(()), "%s-".__rmod__(1) if False else "")
show(lambda: s.__add__(1))
show(lambda: s.__mul__("x"))
show(lambda: s.__mul__(1.5))
show(lambda: "%d".__mod__("x"))
print(str.__add__("x", "y"), str.upper("abc"), str.join(",", ["a", "b"]), str.__len__("héllo"))
show(lambda: str.upper(5))
show(lambda: str.__add__(1, "x"))
show(lambda: s.__add__())
show(lambda: str.upper())
