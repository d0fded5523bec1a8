# class: __iadd__ / __imul__ in-place ops, fallback to __add__ when __iadd__ missing, identity
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        print("__iadd__")
        self.items.append(item)
        return self
    def __add__(self, item):
        print("__add__")
        b = Bag()
        b.items = self.items + [item]
        return b
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("Plain.__add__")
        return Plain(self.v + o)
b = Bag()
orig = b
b += 1
b += 2
print(b.items, b is orig)
c = b + 3
print(c.items, c is b)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
class Broken:
    def __iadd__(self, o):
        return None
x = Broken()
x += 1
print(x)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
