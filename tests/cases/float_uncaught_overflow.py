# float: an uncaught OverflowError from float ** propagates with a traceback
def grow(x, n):
    return x ** n

print(grow(2.0, 10), grow(1.1, 100))
print(grow(10.0, 500))
