# class: uncaught AttributeError on an instance with a "Did you mean" suggestion
class Inventory:
    def __init__(self):
        self.quantity = 5

    def restock(self, n):
        self.quantity += n
        return self.quantity

inv = Inventory()
print(inv.restock(3))
print(inv.quantty)
