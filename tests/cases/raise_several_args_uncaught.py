# raise: uncaught exception with several args shows the args tuple
def validate(x, y):
    if x > y:
        raise ValueError("range invalid", x, y)
    return y - x

print(validate(1, 5))
print(validate(9, 2))
