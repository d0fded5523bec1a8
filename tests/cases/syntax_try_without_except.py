# syntax: try block without except or finally
try:
    value = int("3")
print(value)
