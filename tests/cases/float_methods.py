# float: is_integer, hex, fromhex, as_integer_ratio and related methods
for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 0.1, 5e-324, 2.0**-1074, float("inf"), float("nan")]:
    print(repr(v), v.is_integer(), v.hex())
for v in [0.5, 0.1, -2.75, 1e20, 3.0, 0.0, -0.0, 2.0**-1074, 1.7976931348623157e308]:
    print(v.as_integer_ratio())
for s in ["0x1.8p1", "-0x1p-2", "0x.8", "0x1p-1074", "1.0", "0xap0", " 0x1.fffffffffffffp+1023 ", "inf", "-nan", "0X1P+4", "0x1.000000000000080p0", "0x1.00000000000008p0"]:
    print(s.strip(), float.fromhex(s))
print(float.fromhex((0.1).hex()) == 0.1, (3.5).conjugate(), (2.5).real, (2.5).imag, (-2.5).__abs__(), (2.7).__trunc__(), (-2.7).__floor__(), (-2.2).__ceil__())
for bad in ["", "0x", "0x1p", "1g", "0x1.8p1x", "0x1p99999"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for v in [float("inf"), float("nan")]:
    try:
        print(v.as_integer_ratio())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
