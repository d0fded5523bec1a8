# str: uncaught TypeError concatenating str and int inside a method
class Greeter:
    def __init__(self, name, times):
        self.name = name
        self.times = times

    def greet(self):
        return "Hello " + self.name + " x" + self.times

print(Greeter("Ann", "3").greet())
print(Greeter("Bob", 3).greet())
