# func: uncaught exception raised inside a decorator's wrapper function
def require_positive(fn):
    def wrapper(x):
        if x <= 0:
            raise ValueError(f"{fn.__name__} needs a positive number, got {x}")
        return fn(x)
    return wrapper

@require_positive
def half(x):
    return x / 2

print(half(10))
print(half(-4))
