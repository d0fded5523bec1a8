# float: hex(), fromhex, conversions to str with format, str vs repr consistency
for x in [1.0, 0.5, -2.75, 0.1, 1e-300, 0.0]:
    print(x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"))
print(format(1/3, ".3f"), format(2.5, "e"), format(1e-10, "g"), format(123456789.0, "g"), format(0.000012345, "g"))
print(str(1e21), str(1e20), str(123456789.123456789), str(1.0), str(10.0 ** 15), str(10.0 ** 16))
print(float(True), float(2 ** 53), float(2 ** 53 + 1), float(-7))
print(3.0 == 3, 3.0 == 3.0000000000000001)
