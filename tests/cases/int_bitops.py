# int: bitwise operators, shifts, including negatives and big values
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print(-5 & 0xFF, -5 | 3, -5 ^ 3, ~-1, ~0)
print(1 << 100, (1 << 100) >> 99, -1 >> 10, -16 >> 2, -17 >> 2, 5 >> 10)
print((2 ** 70 - 1) & (2 ** 65 + 12345), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFFFF, ~(2 ** 70))
print(bin(-5), hex(-255), oct(-8))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
