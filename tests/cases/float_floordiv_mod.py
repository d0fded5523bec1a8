# float: // and % sign rules, signed zeros, infinities and nan operands
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (1, 0.3), (-1, 0.3), (5.0, 0.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
inf, nan = float("inf"), float("nan")
print(5 // inf, -5 // inf, 5 % inf, -5 % inf, 5 % -inf, -5 % -inf, inf % 5 if False else "x", 1e300 // 1e-300 if False else "y")
print(nan // 2, nan % 2, 2 % nan, divmod(7, inf), divmod(-7, inf), 0.1 % 0.01, 1e20 % 3, -1e20 % 7)
for a, b in [(inf, 2), (inf, inf)]:
    print(a // b, a % b)
print(6.0 // 2.0, type(6 // 2.0).__name__, 2**70 // 2.5, -(2**70) % 3.5, 3.5 // 2**70, 1e16 // 3)
