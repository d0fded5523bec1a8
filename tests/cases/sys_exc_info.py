import sys

print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
def f():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[0]
print(f().__name__)
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError:
        print(sys.exc_info()[1])
    print(sys.exc_info()[1])
