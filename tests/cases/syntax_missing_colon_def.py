# syntax: missing colon after a def header
def greet(name)
    return "hi " + name
