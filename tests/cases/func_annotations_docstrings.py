# func: annotations are stored but not enforced; docstrings on functions and classes
def area(w: float, h: float = 1.0) -> float:
    """Compute area."""
    return w * h
print(area(2, 3), area("ab", 2), area.__annotations__)
print(area.__doc__)
class K:
    """Class doc."""
    def m(self):
        "method doc"
print(K.__doc__, K.m.__doc__, (lambda: 0).__doc__)
x: int = "not an int"
y: list
print(x)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
