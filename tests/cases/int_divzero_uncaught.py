# int: uncaught ZeroDivisionError inside nested function calls
def average(xs):
    return total(xs) / len(xs)

def total(xs):
    s = 0
    for x in xs:
        s += x
    return s

print(average([1, 2, 3]))
print(average([]))
