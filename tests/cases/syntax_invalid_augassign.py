# syntax: illegal target for augmented assignment to a tuple
a, b = 1, 2
a, b += 1
