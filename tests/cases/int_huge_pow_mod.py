# int: large exponentiation, modular exponentiation and string conversion of big results
print(3 ** 200)
print(pow(7, 10 ** 6, 1000000007))
print(pow(2, 521) - 1)
print((2 ** 127 - 1) % 1000003)
print((10 ** 40) // (10 ** 20 + 1))
print(-(10 ** 40) // (10 ** 20 + 1))
print((10 ** 40) % -(10 ** 20 + 1))
print(hex(2 ** 100), oct(2 ** 50), bin(2 ** 20))
x = 1
for i in range(100):
    x = x * 31 + i
print(x)
print(x % 97, x.bit_length())
