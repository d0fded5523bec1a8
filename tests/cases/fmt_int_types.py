# format() of ints with every presentation type, alternate form, signs and widths
for v in [0, 1, -1, 42, -255, 65, 2**64 + 1, -(2**70)]:
    print(v, [format(v, t) for t in ["", "d", "b", "o", "x", "X", "n", "#b", "#o", "#x", "#X", "+d", " d", "-d", "+#x", " #o"]])
for v in [65, 0x1F600, 233, 0]:
    print(repr(format(v, "c")), repr(format(v, ">3c")), repr(format(v, "<3c")))
print(format(True, ""), format(True, "d"), format(False, "x"), format(True, "5"), format(True, "^5"), format(False, "#b"))
for v in [3, -3, 1234, 0]:
    print(v, [format(v, t) for t in ["e", "E", "f", "F", "g", "G", "%", ".2e", ".1f", ".0%", "#.0e", "+.3g"]])
