# syntax: duplicate argument in a lambda
add = lambda x, x: x + x
print(add(1, 2))
