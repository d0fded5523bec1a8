# assign: chained assignment binds the same object; rebinding vs mutation
a = b = c = [1]
b.append(2)
c = c + [3]
print(a, b, c, a is b, a is c)
x = y = 5
y += 1
print(x, y)
d1 = d2 = {}
d1["k"] = "v"
print(d2)
i = j = 0
i, j = j + 1, i + 2
print(i, j)
m = n = "s"
n += "t"
print(m, n)
arr = [0, 0, 0]
idx = 0
idx = arr[idx] = 2
print(idx, arr)
