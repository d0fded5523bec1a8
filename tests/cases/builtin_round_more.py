# builtin: round() on ints and floats with various ndigits; round half to even; result types
cases = [(0.5, None), (1.5, None), (2.5, None), (-2.5, None), (2.5, 0), (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1),
         (1.25, 1), (1.35, 1), (12.5, -1), (15, -1), (25, -1), (-15, -1), (123.456, -1), (123.456, 2), (5e-324, 2), (1.23e25, -24)]
for x, nd in cases:
    r = round(x) if nd is None else round(x, nd)
    print(f"round({x!r}, {nd}) = {r!r} ({type(r).__name__})")
