# func: closures capture variables, not values — late binding in loops and the default-arg fix
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])
def make_multipliers():
    result = []
    for n in range(1, 4):
        def mul(x):
            return x * n
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(); inc()
print(get())
inc2, get2 = counter()
print(inc2(), get())
x = "global"
def outer():
    x = "enclosing"
    return lambda: x
print(outer()())
print(outer().__closure__ is not None, (lambda: 1).__closure__)
