# exc: uncaught ValueError raised at the bottom of a short recursion (5 frames)
def countdown(n):
    if n == 0:
        raise ValueError("reached zero")
    return countdown(n - 1)

countdown(3)
