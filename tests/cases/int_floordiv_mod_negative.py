# int: floor division and modulo follow floor semantics with negatives
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (10**20, 7), (-(10**20), 7), (10**20, -(10**9 + 7))]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(-3 // 1, -0 // 5)
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, type(10 / 5).__name__)
print(2 ** -1, 2 ** -2, (-2) ** -1, type(4 ** -1).__name__)
