# syntax: walrus operator as a statement
x := 10
print(x)
