# syntax: a keyword used as a parameter name
def make(lambda, x):
    return x
