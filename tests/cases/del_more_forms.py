# del: del of list slices with steps, dict keys in loops via list(), nested targets, del in function scope
data = list(range(12))
del data[::4]
print(data)
del data[-3:]
print(data)
del data[:]
print(data)
nested = {"a": {"b": [1, 2, 3]}}
del nested["a"]["b"][1]
print(nested)
x, y, z = 1, 2, 3
del x, [y, z]
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def scope():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(scope())
try:
    del data[0]
except IndexError as e:
    print("IndexError:", e)
