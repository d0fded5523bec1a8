# class: __hash__ = None makes instances unhashable; subclass restoring __hash__; hash used by dict lookups
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)
    def __eq__(self, other):
        print("eq", self.k, other.k)
        return self.k == other.k
d = {Key("a"): 1}
print(d[Key("a")])
print(Key("b") in d)
class Child(Unhashable):
    def __hash__(self):
        return 7
print(hash(Child()), isinstance(Unhashable.__hash__, type(None)))
