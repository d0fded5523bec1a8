# builtin: map and filter are lazy iterators — prints show when the function runs
def loud(x):
    print("mapping", x)
    return x * 10
m = map(loud, [1, 2, 3])
print("map created")
print(next(m))
print(list(m), list(m))
def keep(x):
    print("testing", x)
    return x % 2
f = filter(keep, range(4))
print("filter created")
for v in f:
    print("kept", v)
z = zip(map(loud, [7]), filter(keep, [5, 6]))
print(list(z))
