# syntax: parenthesized lambda parameters (Python 2 tuple unpacking)
pairs = [(1, 2), (3, 4)]
sums = map(lambda (a, b): a + b, pairs)
