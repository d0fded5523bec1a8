# class: dispatch on type with isinstance chains, type() equality vs isinstance for subclasses
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return f"sequence of {len(x)}"
    if isinstance(x, Dog):
        return "dog-like " + type(x).__name__
    if isinstance(x, Animal):
        return "animal"
    return "unknown " + type(x).__name__
for v in [True, 3, [1, 2], (), Puppy(), Dog(), Animal(), 2.5, None]:
    print(describe(v))
p = Puppy()
print(type(p) == Dog, type(p) is Puppy, isinstance(p, Animal), issubclass(type(p), Dog), Puppy.__bases__)
