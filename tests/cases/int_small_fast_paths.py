import itertools
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 9223372036854775807, -9223372036854775808, 10**19, -10**19, 64, 65]
out = []
for x, y in itertools.product(vals, repeat=2):
    for f in [lambda a, b: a % b, lambda a, b: a // b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a >> b]:
        try:
            out.append(f(x, y))
        except Exception as e:
            out.append(type(e).__name__)
    z = x
    z %= 5 if y == 0 else y
    out.append(z)
    w = x
    w //= 3 if y == 0 else y
    out.append(w)
print(out)
