# syntax: assignment to a call inside a target tuple
def f():
    return 1
a, f() = 1, 2
