# list: uncaught IndexError from a subscript in a nested expression
def last_three(items):
    return [items[-1], items[-2], items[-3]]

grid = [[1, 2, 3], [4, 5]]
print(last_three(grid[0]))
print(last_three(grid[1]))
