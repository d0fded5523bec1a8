# syntax: an extra closing bracket
data = [[1, 2], [3, 4]]
first = data[0]]
print(first)
