# syntax: else without a matching if
x = 1
else:
    print(x)
