# class: super(Class, self) with explicit args, super() in classmethods, skipping a level in the MRO
class A:
    def hello(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B.make>" + super().make()
class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()
print(C().hello(), B().hello(), C.make(), super(C, C()).hello())
class Cooperative:
    def __init__(self, **kw):
        print("Cooperative init, leftover:", kw)
class WithName(Cooperative):
    def __init__(self, name, **kw):
        print("WithName init", name)
        self.name = name
        super().__init__(**kw)
class WithAge(Cooperative):
    def __init__(self, age, **kw):
        print("WithAge init", age)
        self.age = age
        super().__init__(**kw)
class Person(WithName, WithAge):
    pass
p = Person(name="ann", age=30, extra=True)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
