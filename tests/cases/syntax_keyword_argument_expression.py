# syntax: an attribute used as a keyword argument name
class Opts:
    pass
o = Opts()
print(o.sep="-")
