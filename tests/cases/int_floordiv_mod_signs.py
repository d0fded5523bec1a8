# int: floor division and modulo follow the sign of the divisor, also mixed with floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.5, 7.5 // -2, -7.5 % 2)
print(-1 % 3.0, 1 % -3.0, -0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
print(divmod(-7, 2.0), divmod(7.5, -2), divmod(-0.5, 1), divmod(2**70, -3), divmod(-(2**70), 7))
print((-2**63) // -1, (-2**63) % -1, (-2**63) // 1, -(2**63) // 2**63, 2**64 // -2**32)
print(type(7 // 2), type(7 // 2.0), type(True // True), True % 2, False // 3)
