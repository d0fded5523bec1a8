# Nested groups in an uncaught traceback, with a chained context.
def inner():
    try:
        raise ExceptionGroup("inner", [ValueError(1), KeyError("k")])
    except ExceptionGroup as e:
        return e

def outer():
    g = inner()
    try:
        {}["missing"]
    except KeyError:
        raise ExceptionGroup("outer", [g, RuntimeError("rt"), ExceptionGroup("leafless", [OSError("no")])])

print("start")
outer()
