# syntax: '#' inside an f-string expression
x = 3
print(f"value: {x # the value}")
