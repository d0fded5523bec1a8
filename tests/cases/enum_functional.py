from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal)
Color = Enum("Color", ["RED", "GREEN"])
print(list(Color), Color.GREEN.value)
Pairs = Enum("Pairs", [("A", 10), ("B", 20)])
print(list(Pairs), Pairs(20))
FromDict = Enum("FromDict", {"X": "x", "Y": "y"})
print(FromDict.X, FromDict("y"))
Commas = Enum("Commas", "ONE, TWO,THREE")
print([m.name for m in Commas])
Started = Enum("Started", "A B", start=0)
print([m.value for m in Started])
Nums = IntEnum("Nums", "ONE TWO")
print(Nums.TWO + 1, repr(Nums.ONE))
print(Animal.ANT.__class__.__name__, Animal.__module__ if False else "")
try:
    Enum("Bad", "A A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Animal("ANT")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Enum("Bad", 5)
except TypeError as e:
    print(type(e).__name__)
