# try: the `except E as e` name is unbound after the handler block
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        raise ValueError("v")
    except ValueError as exc:
        saved = exc
    return saved
print(repr(f()))
