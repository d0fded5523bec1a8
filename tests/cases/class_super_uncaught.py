# class: uncaught TypeError from super().__init__ called with a missing argument
class Vehicle:
    def __init__(self, wheels, color):
        self.wheels = wheels
        self.color = color

class Bike(Vehicle):
    def __init__(self, color):
        super().__init__(color)

class Car(Vehicle):
    def __init__(self, color):
        super().__init__(4, color)

print(Car("red").wheels)
print(Bike("blue").wheels)
