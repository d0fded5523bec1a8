# program: matrix multiplication, transpose, identity and determinant with nested lists
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), transpose(a), matmul(a, identity(2)) == a)
m3 = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(det(a), det(m3), det(identity(4)), det([[1, 2], [2, 4]]))
for row in matmul(m3, m3):
    print(" ".join(f"{v:3d}" for v in row))
