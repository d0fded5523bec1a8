# syntax: assignment instead of comparison in an if condition
x = 1
if x = 1:
    print("one")
