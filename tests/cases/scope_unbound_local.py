# scope: UnboundLocalError when a name is assigned later in the function, message text
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print(e)
def h(flag):
    if flag:
        y = 1
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(e)
def outer():
    z = 1
    def inner():
        print(z)
        z = 2
    inner()
try:
    outer()
except UnboundLocalError as e:
    print(e)
