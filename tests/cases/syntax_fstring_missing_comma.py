# syntax: missing comma inside an f-string expression
a, b = 1, 2
print(f"{max(a b)}")
