# syntax: a non-breaking space in code
x = 1 + 2
