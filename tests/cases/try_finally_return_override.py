# try: return in finally overrides return/exception from try; finally sees pending values
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally set x =", x)
def k():
    for i in range(4):
        try:
            if i < 3:
                raise RuntimeError(i)
        finally:
            print("finally", i)
            continue
    return "loop done"
print(f(), g(), h(), k())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
