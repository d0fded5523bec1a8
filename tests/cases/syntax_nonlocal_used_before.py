# syntax: name used before its nonlocal declaration
def counter():
    count = 0
    def bump():
        print(count)
        nonlocal count
        count += 1
    return bump
