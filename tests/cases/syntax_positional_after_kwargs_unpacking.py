# syntax: positional argument after **kwargs in a call
def show(*args, **kwargs):
    print(args, kwargs)
opts = {"sep": "-"}
show(**opts, "value")
