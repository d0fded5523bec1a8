# syntax: non-default argument after a default in a lambda
f = lambda a=1, b: a + b
