# int: arithmetic across the 64-bit boundary promotes to arbitrary precision and back
M = 2 ** 63 - 1
m = -2 ** 63
print(M, m, M + 1, m - 1, M * 2, m * -1, -m, M - m, m + M)
print(M + 1 - 1, type(M + 1 - 1).__name__, (M + 1) - 1 == M, (M + 1) // 2, (M + 1) % 10)
print(M * M, m * m, M * m, (M * M) // M == M, (M * M) % M, (m * m) // m)
print(3037000500 * 3037000500, 3037000499 * 3037000499, 4611686018427387904 * 2, -4611686018427387904 * 2)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, -1 << 64, 3 << 62, (1 << 63) >> 1, (1 << 200) >> 190)
print(2 ** 63 // 1, -(2 ** 63) // -1, abs(m), abs(-M), -(-m), ~M, ~m, ~(M + 1))
print(10 ** 18 * 10, 10 ** 19 - 10 ** 19, 9223372036854775807 + 9223372036854775807)
x = 1
for i in range(70):
    x *= 3
print(x, x // 3 ** 69, x % 1000000007, x - 3 ** 70, hash(x - 3 ** 70 + 5))
acc = 0
for i in range(100):
    acc += 2 ** 62
print(acc, acc // 100 == 2 ** 62, acc >> 62)
print(int(str(M + 1)), int(str(m - 1)), str(-(2 ** 64)), repr(2 ** 64), f"{2**64:,}", f"{-2**70:_}")
