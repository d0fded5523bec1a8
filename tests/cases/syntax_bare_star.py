# syntax: bare * without keyword-only parameters
def configure(name, *):
    return name
