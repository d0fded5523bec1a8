# syntax: missing colon after try
try
    result = 1 / 0
except ZeroDivisionError:
    result = None
