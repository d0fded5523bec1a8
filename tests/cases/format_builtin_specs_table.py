# format: format() with a grid of values and specs, showing type-dependent behaviour of the same spec
values = [0, 7, -7, 3.5, -0.25, 1e10, True]
specs = ["", "5", "<5", "^7", "+", "05", ",", ".2f", "e", "%"]
for v in values:
    cells = []
    for s in specs:
        try:
            cells.append(format(v, s))
        except ValueError as e:
            cells.append("ERR")
    print(f"{v!r:>8}: " + " | ".join(cells))
for s in ["x", "o", "b", "c", "X", "#x"]:
    print(s, [format(v, s) for v in [0, 10, 255, 97]])
