# class: static and class methods accessed via instance and class; plain functions stored on class become methods
class Util:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, x):
        return x * cls.factor
    def instance_method(self):
        return "bound to " + type(self).__name__
u = Util()
print(Util.add(1, 2), u.add(3, 4), Util.scaled(2), u.scaled(5))
def external(self):
    return "external called on " + type(self).__name__
Util.ext = external
print(u.ext(), Util.ext(u))
Util.plain = staticmethod(lambda: "static lambda")
print(u.plain(), Util.plain())
try:
    Util.instance_method()
except TypeError as e:
    print("TypeError:", e)
print(u.instance_method(), Util.instance_method(u))
