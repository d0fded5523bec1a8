# class: implementing all ordering methods from __lt__ and __eq__ by hand; sorting, min, max
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True))
a, b = Version("2.0"), Version("2.0.0")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, Version("1.2") in vs)
