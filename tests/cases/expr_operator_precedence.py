# expr: operator precedence and associativity — power, unary minus, comparisons, bitwise, not
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 2 ** -1, -2 ** -2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 - 3 - 2, 2 * 3 % 4, 10 // 3 * 3, 100 / 10 / 5)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, ~1 + 1, -~5, not 1 == 2, not (1 and 0))
print(1 < 2 == 2 > 1, 3 > 2 > 1, (3 > 2) > 1, 1 in [1] == True, False == False in [False])
print("a" + "b" * 2, [1] * 2 + [3], 5 if 0 else 6 or 7)
x = 10
x -= 2 * 3
print(x, 2 ** 2 ** 0, -3 % 5, -(3 % 5), 7 // -2 * -1)
