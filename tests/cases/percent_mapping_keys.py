# %-formatting with mapping keys %(name)s: widths, flags, repeated keys, nested parens, non-dict mappings
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

d = {"name": "Ada", "n": 3, "x": 2.5, "a(b)": "paren", "": "empty"}
print("%(name)s has %(n)d items, avg %(x).2f" % d, "%(name)-6s|%(n)+05d|%(x)10.3e" % d, "%(name)r %(name)s" % d)
print("%(a(b))s %()s" % d, "%(n)s%%" % d, "no keys at all" % d, "%%" % d, "%(n)*d" % d if False else "")
class M:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s %(xy)r" % M())
show(lambda: "%(missing)s" % d)
show(lambda: "%(name)s %s" % d)
show(lambda: "%(name)s" % ("Ada",))
show(lambda: "%(name)s" % "Ada")
show(lambda: "%(name" % d)
show(lambda: "%(n)*d" % d)
show(lambda: "%s" % d)
show(lambda: "%s %s" % d)
show(lambda: "%d" % d)
show(lambda: "%(n)d %(name)d" % d)
show(lambda: "%(x)x" % d)
show(lambda: "%()d" % {"": "s"})
print("%s" % [d][0] if False else "%s" % (d,))
