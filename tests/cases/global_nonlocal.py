# scope: global and nonlocal declarations, counters, closures rebinding outer variables
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print(acc(5), acc(10), acc(-3))
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def define_global():
    global brand_new
    brand_new = "created"
define_global()
print(brand_new)
def nested_levels():
    a = "outer"
    def mid():
        def inner():
            nonlocal a
            a = "inner changed"
        inner()
    mid()
    return a
print(nested_levels())
