# func: uncaught TypeError "got multiple values for argument"
def scale(value, factor=2):
    return value * factor

args = (10, 3)
print(scale(*args))
print(scale(*args, factor=4))
