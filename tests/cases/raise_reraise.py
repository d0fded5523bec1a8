# raise: bare raise re-raises current exception, raise in nested handlers, raising classes vs instances
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    f()
except ValueError as e:
    print("got", repr(e))
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise IndexError()
except IndexError as e:
    print(repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    g()
except ZeroDivisionError as e:
    print("re-raised saved:", e)
