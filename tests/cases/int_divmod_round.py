# int: divmod, round with negative ndigits (banker's rounding), abs and sign edge cases
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 7), divmod(2**64 + 3, 2**32))
print(round(5), round(-5), round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(-35, -1), round(1234, -2))
print(round(1250, -2), round(1350, -2), round(1251, -2), round(-1250, -2), round(5, -1), round(15, -5), round(2**70 + 5, -1))
print(round(12345, 0), round(12345, 3), round(12345, None), type(round(12345, 2)).__name__, round(True), round(999, -3))
print(round(-(10**30) + 5 * 10**9, -10), round(45, -1), round(55, -1), round(-45, -1), round(-55, -1))
for args in [(1, "a"), (1, 1.5), (5, 0)]:
    try:
        print(round(*args))
    except TypeError as e:
        print("TypeError:", e)
for a, b in [(1, 0), (2**70, 0), (0, 0)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
