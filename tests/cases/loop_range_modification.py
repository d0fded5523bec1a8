# loop: changing the loop variable or the range bound inside the loop has no effect on iteration
n = 3
for i in range(n):
    n = 10
    print("i =", i, end="; ")
    i = 100
print()
items = [1, 2, 3]
for x in items:
    x *= 2
print(items)
for i in range(len(items)):
    items[i] *= 2
print(items)
total = 0
for k in {"a": 1, "b": 2}:
    total += len(k)
print(total)
for ch in "ab":
    for ch2 in "xy":
        print(ch + ch2, end=" ")
print()
