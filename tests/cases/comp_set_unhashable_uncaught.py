# comp: uncaught TypeError inside a set comprehension with unhashable elements
rows = [[1, 2], [3, 4], [1, 2]]
print({tuple(r) for r in rows})
print({r for r in rows})
