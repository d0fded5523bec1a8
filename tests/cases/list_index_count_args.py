# list: index with start/stop, count of nested values and equal-but-different types
a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, -2), a.index(1, 1, 5), a.count(2), a.count(1.0), a.count(True))
n = [[1], [1], (1,), "1"]
print(n.count([1]), n.index((1,)), [None, 0, False].count(0), [0.0, 0, -0.0].count(0))
try:
    a.index(3, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index("2")
except ValueError as e:
    print("ValueError:", e)
