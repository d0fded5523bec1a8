# str subclasses: construction, methods return plain str, equality/hash with str, overriding, super()
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Name(str):
    def shout(self):
        return self.upper() + "!"
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def __repr__(self):
        return "Tagged(" + super().__repr__() + ", " + repr(self.tag) + ")"
class Loud(str):
    def upper(self):
        return "LOUD:" + super().upper()
    def __str__(self):
        return "<" + str.__str__(self) + ">"
n = Name("ada")
print(n, repr(n), n.shout(), type(n.upper()).__name__, type(n[0]).__name__, type(n[:]).__name__, type(n + "x").__name__)
print(n == "ada", "ada" == n, hash(n) == hash("ada"), {n: 1}["ada"], {"ada": 2}[n], n in ["ada"], "d" in n, len(n))
print(isinstance(n, str), type(n) is str, issubclass(Name, str), n.startswith("a"), n.split("d"), list(n), sorted(n))
t = Tagged("val", 7)
print(t, repr(t), t.tag, t.upper(), t + "!", [t], f"{t}", "%s" % t, "{}".format(t), str(t), type(str(t)).__name__)
l = Loud("quiet")
print(l.upper(), str(l), f"{l}", "%s" % l, "{}".format(l), l.lower(), "".join([l, l]), l * 2, type(l * 2).__name__)
print(Name(), repr(Name()), Name(5), Name(b"x"), Name(b"x", "ascii"), format(Name("q"), ">3"), Name("a") < Name("b"))
show(lambda: Name("a") + 1)
show(lambda: Tagged("x"))
print(max([Name("b"), "a", Name("c")]), sorted([Name("z"), "y"]), ",".join(Name(c) for c in "xyz"), Name("x").__class__.__name__)
