# list: slice assignment (grow/shrink), deletion, extended slice assignment and size mismatch errors
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[:] = "abc"
print(a)
b = list(range(10))
b[::2] = [0, 0, 0, 0, 0]
print(b)
b[1::3] = "XYZ"
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
c = list(range(6))
c[4:1:-1] = ["p", "q", "r"]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[::-1] = []
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
d = [1, 2, 3]
d[5:10] = [9]
d[-100:1] = ["first"]
print(d)
