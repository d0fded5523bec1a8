# syntax: iterable unpacking in a list comprehension
grid = [[1, 2], [3, 4]]
flat = [*row for row in grid]
