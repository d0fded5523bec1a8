# float: int() of floats truncates; inf and nan cannot convert; __floor__/__ceil__ helpers
print(int(2.9), int(-2.9), int(1e18), int(1e19), int(-1e19), int(1.7976931348623157e308) == 2**1024 - 2**971, int(5e-324))
print(int(9.223372036854775e18), int(-9.223372036854776e18), int(2.0**63), int(-(2.0**63)), int(float(2**53 + 1)))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((-2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__(), (1e20).__floor__(), (2.0**70).__ceil__(), (2.5).__round__())
print(float(1 << 53), float((1 << 53) + 1), float(-(1 << 60) - 1), 0.1 + 0.7, 1 - 0.9, 3 * 0.1)
