import math

def area(r):
    return math.pi * r ** 2

def side(a):
    return math.sqrt(a)

print(area(2), side(16))
print(side(-4))
