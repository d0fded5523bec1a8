# format() of ints: width, fill, all alignments, zero padding, ',' and '_' grouping in every base
vals = [0, 7, -7, 1234, -1234567, 123456789012, 2**40]
specs = ["8", "<8", ">8", "^8", "=8", "*^9", "08", "+08", "-08", " 08", "010,", ",", "_", "_b", "_o", "_x", "_X", "#_x",
         "012_x", "#012_b", "015,d", "0=+12,", ">+12,", "x<+12_", "010_", "011,", "012,", "013,", "09_x", "#09_x", "=^5"]
for v in vals:
    print(v, [format(v, s) for s in specs])
