# format() of floats with e E f F g G n % and none, precisions, alt form, nan/inf/-0.0
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e-5, 1.23456789e-7, 123456.789, 1e16, 1.5e300, 5e-324, 0.5, 2.5, 1e22, 12345678901234567890.0]
specs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".3E", ".0f", ".2f", ".0g", ".1g", ".3g", ".10g", ".0%", ".1%",
         "#.0e", "#.0f", "#g", "#.3g", "#.0%", ".3", ".0", "#", ".17g", ".20f", ".2n"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
for v in [float("nan"), float("inf"), float("-inf"), -float("nan")]:
    print([format(v, s) for s in ["", "e", "E", "f", "F", "g", "G", "%", "+", "08", "<6", "^7", "010.2f", "#"]])
