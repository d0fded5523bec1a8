# syntax: missing colon after an except clause
try:
    data = int("x")
except ValueError as e
    data = 0
