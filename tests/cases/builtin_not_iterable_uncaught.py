# builtin: uncaught "'int' object is not iterable" when iterating over a count instead of a range
def total_of(n):
    t = 0
    for i in n:
        t += i
    return t

print(total_of(range(5)))
print(total_of(5))
