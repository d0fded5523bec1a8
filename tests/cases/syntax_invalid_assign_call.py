# syntax: cannot assign to function call
def f():
    return 1
f() = 5
