# func: __name__, __defaults__, __doc__, function attributes, callable(), functions as values
def documented(a, b=5):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__, callable(documented), callable(5))
documented.custom = "attr"
print(documented.custom)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "doc": documented}
print({k: f(3, 4) for k, f in ops.items()})
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "x"), apply(len, "four"))
print(type(documented).__name__, type(len).__name__, type(print).__name__, type(lambda: 0).__name__)
print(len.__name__, repr(len), repr(print))
