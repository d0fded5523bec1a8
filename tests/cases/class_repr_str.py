# class: __repr__ vs __str__ used by print, str(), repr(), containers, f-strings; fallback to __repr__
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class OnlyStr:
    def __str__(self):
        return "OnlyStr<str>"
o, b = OnlyRepr(), Both()
print(o, b, str(o), str(b), repr(b))
print([o, b], (b,), {"k": b}, {b} == {b})
print(f"{b} {b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str(OnlyStr()), [OnlyStr()][0].__str__())
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
