# class: custom reprs nested inside containers and other custom reprs; repr of class objects in lists
class Node:
    def __init__(self, val, kids=()):
        self.val, self.kids = val, list(kids)
    def __repr__(self):
        return f"Node({self.val!r}, {self.kids!r})" if self.kids else f"Node({self.val!r})"
tree = Node("root", [Node(1), Node("two", [Node(3.0)])])
print(tree)
print([tree.kids[0]], {"n": tree.kids[1]}, (Node(None),))
print([int, Node], {Node: 1})
print(str(tree) == repr(tree), f"{tree.kids[0]}", "%s|%r" % (Node("x"), Node("y")))
