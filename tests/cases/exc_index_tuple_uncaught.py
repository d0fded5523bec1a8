# exc: uncaught IndexError from tuple indexing inside a generator expression consumed by sum
pairs = [(1, 2), (3, 4), (5,)]
print(sum(p[0] for p in pairs))
print(sum(p[1] for p in pairs))
