# syntax: assignment to an arithmetic expression
x = 1
y = 2
x + 1 = y
