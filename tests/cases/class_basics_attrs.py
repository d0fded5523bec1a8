# class: __init__, methods, class vs instance attributes, shadowing, shared mutable class attrs
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
    def rename(self, new):
        self.name = new
        return self
a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, Dog.tricks, a.tricks is b.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species, a.rename("max").name, a.__dict__, Dog.__name__, a.__class__.__name__, type(b).__name__)
print(vars(b), sorted(k for k in vars(Dog) if not k.startswith("__")))
m = a.rename
print(m("bound")  is a, a.name, Dog.rename(b, "unbound").name)
