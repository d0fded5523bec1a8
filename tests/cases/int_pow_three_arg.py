# int: three-argument pow, negative exponents (modular inverse) and negative moduli
print(pow(2, 10, 1000), pow(3, 200, 13), pow(5, 0, 7), pow(5, 0, 1), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 17), pow(38, -1, 97), pow(-3, -1, 11), pow(3, -1, -7))
print(pow(2, 10**6, 10**9 + 7), pow(12345678901234567890, 98765, 2**61 - 1), pow(7, 2**70, 1000003))
print(pow(0, 0, 5), pow(4, 5, 1), pow(2 ** 100, 3, 2 ** 64 + 13), pow(True, 5, 3), pow(5, True, 3))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5), (2, 3, 5.0), (6, -2, 9)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(pow(base=3, exp=4, mod=5), pow(3, 4, mod=None))
