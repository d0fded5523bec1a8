import random
a = random.Random(5)
b = random.Random(5)
c = random.Random("five")
print([a.random() for _ in range(5)] == [b.random() for _ in range(5)])
print([c.randint(1, 100) for _ in range(10)], [a.randint(1, 100) for _ in range(10)])
random.seed(5)
print(random.random(), random.Random(5).random())
print(isinstance(a, random.Random), type(a).__name__, random.Random.__name__, random.Random.__module__)
a.seed(10)
print(a.random(), random.Random(10).random())
d = random.Random()
d.seed(3)
print(d.random())

class Dice(random.Random):
    def __init__(self, sides, seed):
        super().__init__(seed)
        self.sides = sides
    def roll(self):
        return self.randint(1, self.sides)

dd = Dice(20, 1)
print([dd.roll() for _ in range(15)], dd.sides, isinstance(dd, random.Random))

class Fixed(random.Random):
    def random(self):
        return 0.5

fx = Fixed(1)
print(fx.random(), fx.uniform(0, 10), fx.choice("abcde"), fx.randrange(7), fx.gauss(0, 1), fx.expovariate(1))
print([fx.randint(1, 10) for _ in range(3)], fx.sample(range(10), 3))

class Bits(random.Random):
    def getrandbits(self, k):
        return 3

bt = Bits(1)
print(bt.randrange(10), bt.choice("abcdefgh"), bt.random() == random.Random(1).random())
print(random.Random(1, ) .random(), random.Random(x=4).random())
try:
    random.Random(1, 2)
except TypeError as e:
    print(e)
