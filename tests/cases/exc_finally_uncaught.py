# exc: uncaught exception propagating through finally blocks that print
def inner():
    try:
        return [1, 2, 3][5]
    finally:
        print("inner finally")

def outer():
    try:
        return inner()
    finally:
        print("outer finally")

outer()
