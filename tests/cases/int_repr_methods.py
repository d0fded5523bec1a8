# int: repr/str, abs, negation, int methods as_integer_ratio, conjugate, numerator, real
n = -123456789
print(repr(n), str(n), abs(n), -n, +n)
print((10).as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag)
print(int.__name__, (5).__class__.__name__)
print(1_000, 0x_ff, 0o777, 0b1_0_1, 00)
print(abs(-(10 ** 25)), -(-(10 ** 25)))
print(divmod(-(10 ** 25), 3))
print(pow(2, 100, 10 ** 9 + 7), pow(3, -1, 7), pow(-2, 3), pow(2, 0.5))
print(round(1234567, -3), round(1235, -1), round(1245, -1), round(-1250, -2), round(5), type(round(5, 2)).__name__)
