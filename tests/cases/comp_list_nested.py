# comp: nested list comprehensions with conditions, matrix transpose, flattening, order of clauses
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(i, j) for i in range(3) for j in range(i)])
print([x if x > 2 else -x for x in range(5)])
print([[0] * 3 for _ in range(2)], [y for x in [[1, 2], [3]] for y in x])
print([c.upper() for c in "abc" if c != "b"], [n for n in range(20) if n % 2 if n % 3])
words = ["apple", "bob", "kayak", "cat"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], [w[0] for w in words])
