# int: bitwise operators on negative and arbitrary-precision ints (two's complement semantics)
big = 2 ** 100 + 12345
print(-1 & big, -big & 0xFFFF, -big | 0xFF, -big ^ 0xFF, ~big, ~-big, -big & -(2 ** 70))
print((-big) >> 3, (-big) >> 200, big >> 200, (-1) >> 1000, -5 >> 1, -5 >> 100, -(2**64) >> 63)
print((-big) << 5, -3 << 100, 0 << 10000, (-big) & big, (-big) | big, (-big) ^ big)
print(-6 & 3, -6 | 3, -6 ^ 3, ~0, ~-1, 5 & -8, 5 | -8, 5 ^ -8, -(2**63) & -1, -(2**63) | 1)
print(bin(-big), hex(-big), oct(-12345678901234567890), bin(-(2**64))[:10])
print((2**64 - 1) & -(2**64), (2**128 - 1) ^ (2**64 - 1), (2**65) | 1)
for a, b in [(1, -1), (2**70, -1)]:
    try:
        print(a << b)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(a >> b)
    except ValueError as e:
        print("ValueError:", e)
