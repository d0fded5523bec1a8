# comp: comprehension variables don't leak; outer names visible; first iterable evaluated in outer scope
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
n = 3
print([n * i for i in range(n)])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
def f():
    items = [lambda: i for i in range(3)]
    return [g() for g in items]
print(f())
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([i for i in range(3)])
try:
    print(i)
except NameError as e:
    print("NameError:", e)
