# format() of floats: width/fill/align, sign options, zero padding, grouping, z (negative zero)
vals = [0.0, -0.0, 1234.5678, -1234567.891, 0.001, -0.0001, 1e10, 7.0]
specs = ["10", "<10", "^10", "=10", "*>12", "010", "+010", " 010", "+", " ", "-", ",", "_", ",.2f", "_.3f", "015,.2f",
         "012_", "z", "z.1f", "+z.0f", "z.2e", "z08.1f", "z,", "=+12.1f", "0=+14,.2f", ".1%", ",.1%", "#010.0f", "012,.0f", "013,g"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(-0.00001, "z.2f"), format(-0.5, "z.0f"), format(-0.5, ".0f"), format(-1e-300, "z.3g"), format(-0.0, "z"))
