# syntax: parameter after **kwargs
def build(**options, name):
    return name, options
