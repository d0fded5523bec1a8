# syntax: walrus operator with an attribute target
class Counter:
    def update(self, n):
        if (self.value := n) > 0:
            return self.value
