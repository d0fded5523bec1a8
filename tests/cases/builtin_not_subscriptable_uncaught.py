# builtin: uncaught "'int' object is not subscriptable" on a chained subscript
matrix = [[1, 2], [3, 4]]
print(matrix[1][0])
print(matrix[1][0][0])
