# syntax: Python 2 except clause with a comma
try:
    int("x")
except ValueError, e:
    print(e)
