# float: round() with and without ndigits (half to even, exact binary values like 2.675)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0), round(1.45, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-0.4), round(-0.4, 0), round(0.0001234, 5), round(1e300, 2))
print(round(5e-324, 400), round(123.456, -5), round(123.456, -400), round(-123.456, -400), round(1.23, 400), round(1e22, -22))
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.0, 1), round(0.5, None), round(2.5, -1), round(15.0, -1))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(1e20), round(-1.5e19), round(2.0**70), round(0.49999999999999994))
