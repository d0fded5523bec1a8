# class: uncaught TypeError from '<' between instances of two unrelated user classes inside max()
class Apple:
    def __init__(self, w):
        self.w = w

class Orange:
    def __init__(self, w):
        self.w = w

fruits = [Apple(3), Orange(5)]
print(max(f.w for f in fruits))
print(max(fruits))
