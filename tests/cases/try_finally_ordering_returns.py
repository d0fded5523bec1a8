# try: finally clauses run in nested function returns; return value computed before finally
trace = []
def compute():
    trace.append("compute")
    return 42
def f():
    try:
        trace.append("try")
        return compute()
    finally:
        trace.append("finally")
print(f(), trace)
def g(lst):
    try:
        return lst
    finally:
        lst.append("mutated in finally")
print(g([]))
def h():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("h finally")
print(h())
def w():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                return i
        finally:
            print("w finally", i)
print(w())
