# range: uncaught IndexError indexing past the end of a range
r = range(0, 20, 5)
print(r[3], r[-4])
print(r[4])
