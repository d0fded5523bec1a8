import random
random.seed(1)
print(random.choice([1, 2, 3]))
try:
    random.choice([])
except IndexError as e:
    print("caught:", e)
print(random.getrandbits(-1))
