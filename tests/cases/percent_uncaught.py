# %-formatting with too few arguments: uncaught TypeError inside a function
def report(name, score):
    return "%s scored %d of %d" % (name, score)

print("%s scored %d" % ("Ann", 3))
print(report("Bob", 5))
