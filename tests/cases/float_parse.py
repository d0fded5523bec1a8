# float: parsing strings (whitespace, underscores, exponents, inf/nan spellings, huge values)
for s in ["1.5", "  1_000.5 ", "-3", "+2.5", ".5", "5.", "1e3", "1E-3", "-1e500", "1e500", "1e-500", "inf", "-inf",
          "+inf", "Infinity", "-iNfInItY", "nan", "-NaN", "+nan", "\t12\n", "1_2.3_4e1_0", "0x10" if False else "16",
          "000.25", "1e+2", "٣.٥", "1.7976931348623157e308", "4.9e-324", "2.4e-324", "0.1e1", "-0.0"]:
    print(repr(s), float(s))
print(float(b"2.5"), float(bytearray(b" -1e2 ")), float(7), float(True), float(2**70), float(-0.0), float(10**308))
