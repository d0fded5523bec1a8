# list: index out of range for get/set/del, negative indices, non-int indices
a = [10, 20, 30]
print(a[-1], a[-3], a[0:100], a[-100:-2])
tests = [lambda: a[3], lambda: a[-4], lambda: a.__setitem__(5, 1), lambda: a.__delitem__(9), lambda: a["0"], lambda: a[1.5], lambda: a[None]]
for t in tests:
    try:
        t()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a[-1] = 99
del a[-3]
print(a)
print([][:5], [1][1:], [1, 2][True])
