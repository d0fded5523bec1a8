# syntax: a literal as the for-loop target
for 1 in range(3):
    pass
