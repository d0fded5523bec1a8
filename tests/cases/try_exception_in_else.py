# try: exceptions raised in else are not caught by the same try's handlers
def f():
    try:
        x = 1
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally runs")
try:
    f()
except ValueError as e:
    print("outer caught:", e)
def g():
    try:
        pass
    except Exception:
        pass
    else:
        return "else returned"
    finally:
        print("g finally")
print(g())
