# gen: generator methods on classes, __iter__ implemented as generator, multiple independent iterations
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def columns(self):
        for i in range(len(self.rows[0])):
            yield [r[i] for r in self.rows]
    def diagonal(self):
        i = 0
        while i < len(self.rows):
            yield self.rows[i][i]
            i += 1
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(list(m), sum(m), list(m.columns()), list(m.diagonal()))
it1, it2 = iter(m), iter(m)
print(next(it1), next(it1), next(it2))
print(5 in m, 10 in m, max(m), [x for x in m if x % 4 == 0])
