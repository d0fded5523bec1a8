# loop: for loops with various targets — attributes, subscripts, and loop variable leaks
class T:
    pass
t = T()
for t.value in range(3):
    pass
print(t.value)
d = {}
for d["k"] in "abc":
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst, i)
for x in range(3):
    pass
print(x)
for _ in range(0):
    y = 1
try:
    print(y)
except NameError as e:
    print("NameError:", e)
it = iter([1, 2, 3, 4, 5])
for a in it:
    b = next(it, None)
    print(a, b)
