# syntax: 'break' outside loop
def f():
    break
