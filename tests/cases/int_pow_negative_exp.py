# int: ** with negative exponents gives floats; zero to a negative power raises
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 1 ** -100, (-1) ** -101, 4 ** 0.5, 8 ** (1 / 3))
print(2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 2, 2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 64)
print(type(2 ** -1).__name__, type(2 ** 3).__name__, (2 ** 100) ** -1, 3 ** 40)
print(pow(2, -1), pow(-2, -2), pow(10, 20), pow(7, 0), pow(0, 5), 0.0 ** 0)
for base, exp in [(0, -1), (0, -2.5), (0.0, -1)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except Exception as e:
        print(type(e).__name__, e)
