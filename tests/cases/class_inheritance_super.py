# class: inheritance, method overriding, zero-arg super() in __init__ and other methods
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, "meow")
        self.lives = 9
    def speak(self):
        return super().speak() + "!"
    def kind(self):
        return "cat, a kind of " + super().kind()
class Lion(Cat):
    def speak(self):
        return super().speak().upper()
c = Cat("tom")
l = Lion("leo")
print(c.speak(), c.lives, c.kind())
print(l.speak(), l.kind(), l.lives)
print(isinstance(l, Cat), isinstance(l, Animal), isinstance(c, Lion), issubclass(Lion, Animal), issubclass(Animal, Lion))
print(Lion.__bases__[0].__name__, Lion.__base__.__name__, Animal.__bases__[0].__name__)
print(super(Lion, l).speak())
