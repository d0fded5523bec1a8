# int: augmented assignment creates new objects; small int operations; ints are immutable
a = 5
b = a
a += 1
print(a, b)
x = 10 ** 20
y = x
x *= 2
print(x, y, x == 2 * y)
n = 7
n **= 2; n //= 3; n -= 1; n *= -1; n %= 7
print(n)
values = [1, 2, 3]
for v in values:
    v += 10
print(values)
i = 0
i += True
print(i, type(i).__name__)
