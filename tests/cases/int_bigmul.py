# int: arbitrary precision multiplication, power, repr of huge values
a = 2 ** 100
b = 3 ** 80
print(a)
print(b)
print(a * b)
print(a * -b)
print(12345678901234567890 * 98765432109876543210)
print(10 ** 50 + 1)
print((10 ** 30) - (10 ** 30 - 1))
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(str(7 ** 77)[-10:])
print(-(2 ** 64), (-2) ** 63, (-2) ** 64)
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63)
print(0 ** 0, 5 ** 0, 0 ** 5)
