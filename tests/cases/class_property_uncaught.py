# class: uncaught exception raised inside a property getter accessed from a method
class Order:
    def __init__(self, items):
        self.items = items

    @property
    def average_price(self):
        return sum(self.items) / len(self.items)

    def summary(self):
        return f"{len(self.items)} items, avg {self.average_price:.2f}"

print(Order([10, 20]).summary())
print(Order([]).summary())
