# func: uncaught TypeError at the base of a recursive method (several repeated frames)
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def total(self):
        return self.value + sum(c.total() for c in self.children)

ok = Tree(1, [Tree(2), Tree(3)])
print(ok.total())
bad = Tree(1, [Tree(2, [Tree("3")])])
print(bad.total())
