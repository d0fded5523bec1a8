# dict: uncaught KeyError with a tuple key from a nested lookup
grid = {(0, 0): "origin", (0, 1): "up"}

def describe(x, y):
    return "cell " + grid[(x, y)]

print(describe(0, 1))
print(describe(1, 0))
