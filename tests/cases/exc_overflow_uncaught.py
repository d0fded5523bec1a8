# exc: uncaught OverflowError from float exponentiation
def grow(x, n):
    return x ** n

print(grow(2.0, 10))
print(grow(2.0, 10000))
