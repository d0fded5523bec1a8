# builtin: divmod(a, b) == (a // b, a % b) for ints and floats of all sign combinations
for a in [7, -7, 7.5, -7.5, 0, 10 ** 20 + 1]:
    for b in [2, -2, 0.5, -3]:
        q, r = divmod(a, b)
        assert (q, r) == (a // b, a % b)
        print(f"divmod({a}, {b}) = ({q}, {r})")
