# int: ZeroDivisionError messages for /, //, %, divmod, negative power of zero
ops = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 10 ** 30 // 0, lambda: -5 % 0]
for op in ops:
    try:
        op()
    except ZeroDivisionError as e:
        print(type(e).__name__, "-", e, "-", e.args)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, "-", e)
