# class: attribute lookup order — instance dict, class, bases; methods vs attributes with same name
class Base:
    x = "base-x"
    y = "base-y"
    def who(self):
        return "Base.who"
class Mid(Base):
    y = "mid-y"
class Leaf(Mid):
    def who(self):
        return "Leaf.who"
o = Leaf()
print(o.x, o.y, o.who())
o.x = "instance-x"
o.who = lambda: "instance lambda"
print(o.x, o.who(), Leaf.who(o), Leaf.x)
Mid.x = "mid-x-added"
del o.x
print(o.x, Base.x)
print(hasattr(Leaf, "y"), "y" in Leaf.__dict__, "y" in Mid.__dict__)
