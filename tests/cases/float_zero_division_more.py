# float/int: the exact ZeroDivisionError messages for each operator
tests = [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1 / 0, lambda: 1.0 // 0, lambda: 1 // 0.0, lambda: 1 // 0,
         lambda: 1.0 % 0, lambda: 1 % 0.0, lambda: 1 % 0, lambda: divmod(1.0, 0), lambda: divmod(1, 0), lambda: divmod(1, 0.0),
         lambda: 0.0 ** -1, lambda: 0 ** -1, lambda: 0 ** -1.5, lambda: pow(0.0, -2), lambda: 2**80 / 0, lambda: 2**80 // 0,
         lambda: 1.5 % -0.0, lambda: True / False, lambda: 5 % False]
for t in tests:
    try:
        print(t())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
