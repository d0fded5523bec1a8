# scope: misuse of global/nonlocal, reading globals without declaration, globals shadowed by params
g = 1
def read_only():
    return g + 1
def param_shadow(g):
    return g * 10
def set_global():
    global g
    g = "reassigned"
print(read_only(), param_shadow(5), g)
set_global()
print(g)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter()
print(inc(), inc(), reset(), inc())
def outer():
    v = "outer"
    def middle():
        v = "middle"
        def inner():
            nonlocal v
            v = "inner"
        inner()
        return v
    return middle(), v
print(outer())
