from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('format(Decimal("1234.5678"), ".2f")', '->', repr(format(Decimal("1234.5678"), ".2f")))
except Exception as e:
    print('format(Decimal("1234.5678"), ".2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1234.5678"), ",.2f")', '->', repr(format(Decimal("1234.5678"), ",.2f")))
except Exception as e:
    print('format(Decimal("1234.5678"), ",.2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1234.5678"), "e")', '->', repr(format(Decimal("1234.5678"), "e")))
except Exception as e:
    print('format(Decimal("1234.5678"), "e")', '->', type(e).__name__, e)
try:
    print('format(Decimal("0.000012"), "g")', '->', repr(format(Decimal("0.000012"), "g")))
except Exception as e:
    print('format(Decimal("0.000012"), "g")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1.5"), "%")', '->', repr(format(Decimal("1.5"), "%")))
except Exception as e:
    print('format(Decimal("1.5"), "%")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1.5"), ">10")', '->', repr(format(Decimal("1.5"), ">10")))
except Exception as e:
    print('format(Decimal("1.5"), ">10")', '->', type(e).__name__, e)
try:
    print('format(Decimal("-1.5"), "010.3f")', '->', repr(format(Decimal("-1.5"), "010.3f")))
except Exception as e:
    print('format(Decimal("-1.5"), "010.3f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1234.5"), "")', '->', repr(format(Decimal("1234.5"), "")))
except Exception as e:
    print('format(Decimal("1234.5"), "")', '->', type(e).__name__, e)
try:
    print('format(Decimal("2.5"), ".0f")', '->', repr(format(Decimal("2.5"), ".0f")))
except Exception as e:
    print('format(Decimal("2.5"), ".0f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1234567.891"), "012,.1f")', '->', repr(format(Decimal("1234567.891"), "012,.1f")))
except Exception as e:
    print('format(Decimal("1234567.891"), "012,.1f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("-0.0001"), "z.2f")', '->', repr(format(Decimal("-0.0001"), "z.2f")))
except Exception as e:
    print('format(Decimal("-0.0001"), "z.2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("0.5"), ".0%")', '->', repr(format(Decimal("0.5"), ".0%")))
except Exception as e:
    print('format(Decimal("0.5"), ".0%")', '->', type(e).__name__, e)
try:
    print('format(Decimal("123.456"), ".2e")', '->', repr(format(Decimal("123.456"), ".2e")))
except Exception as e:
    print('format(Decimal("123.456"), ".2e")', '->', type(e).__name__, e)
try:
    print('format(Decimal("123.456"), ".2E")', '->', repr(format(Decimal("123.456"), ".2E")))
except Exception as e:
    print('format(Decimal("123.456"), ".2E")', '->', type(e).__name__, e)
try:
    print('format(Decimal("123.456"), ".0g")', '->', repr(format(Decimal("123.456"), ".0g")))
except Exception as e:
    print('format(Decimal("123.456"), ".0g")', '->', type(e).__name__, e)
try:
    print('format(Decimal("123.456"), ".2g")', '->', repr(format(Decimal("123.456"), ".2g")))
except Exception as e:
    print('format(Decimal("123.456"), ".2g")', '->', type(e).__name__, e)
try:
    print('format(Decimal("0.00001234"), "")', '->', repr(format(Decimal("0.00001234"), "")))
except Exception as e:
    print('format(Decimal("0.00001234"), "")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1E+5"), "f")', '->', repr(format(Decimal("1E+5"), "f")))
except Exception as e:
    print('format(Decimal("1E+5"), "f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("0E+5"), "f")', '->', repr(format(Decimal("0E+5"), "f")))
except Exception as e:
    print('format(Decimal("0E+5"), "f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("nan"), "10.2f")', '->', repr(format(Decimal("nan"), "10.2f")))
except Exception as e:
    print('format(Decimal("nan"), "10.2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("-inf"), "+")', '->', repr(format(Decimal("-inf"), "+")))
except Exception as e:
    print('format(Decimal("-inf"), "+")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1.5"), "#.0f")', '->', repr(format(Decimal("1.5"), "#.0f")))
except Exception as e:
    print('format(Decimal("1.5"), "#.0f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1.5"), "*^11.2f")', '->', repr(format(Decimal("1.5"), "*^11.2f")))
except Exception as e:
    print('format(Decimal("1.5"), "*^11.2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("12"), "n")', '->', repr(format(Decimal("12"), "n")))
except Exception as e:
    print('format(Decimal("12"), "n")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1.23456789e10"), "g")', '->', repr(format(Decimal("1.23456789e10"), "g")))
except Exception as e:
    print('format(Decimal("1.23456789e10"), "g")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1e-7"), "g")', '->', repr(format(Decimal("1e-7"), "g")))
except Exception as e:
    print('format(Decimal("1e-7"), "g")', '->', type(e).__name__, e)
try:
    print('format(Decimal("100"), ".1e")', '->', repr(format(Decimal("100"), ".1e")))
except Exception as e:
    print('format(Decimal("100"), ".1e")', '->', type(e).__name__, e)
try:
    print('format(Decimal("0"), ".3e")', '->', repr(format(Decimal("0"), ".3e")))
except Exception as e:
    print('format(Decimal("0"), ".3e")', '->', type(e).__name__, e)
try:
    print('format(Decimal("2.675"), ".2f")', '->', repr(format(Decimal("2.675"), ".2f")))
except Exception as e:
    print('format(Decimal("2.675"), ".2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("-2.5"), ".0f")', '->', repr(format(Decimal("-2.5"), ".0f")))
except Exception as e:
    print('format(Decimal("-2.5"), ".0f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1234"), ",")', '->', repr(format(Decimal("1234"), ",")))
except Exception as e:
    print('format(Decimal("1234"), ",")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1234.5"), ",g")', '->', repr(format(Decimal("1234.5"), ",g")))
except Exception as e:
    print('format(Decimal("1234.5"), ",g")', '->', type(e).__name__, e)
try:
    print('format(Decimal("5"), "=+8")', '->', repr(format(Decimal("5"), "=+8")))
except Exception as e:
    print('format(Decimal("5"), "=+8")', '->', type(e).__name__, e)
try:
    print('format(Decimal("5.25"), " ")', '->', repr(format(Decimal("5.25"), " ")))
except Exception as e:
    print('format(Decimal("5.25"), " ")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1.5"), "x")', '->', repr(format(Decimal("1.5"), "x")))
except Exception as e:
    print('format(Decimal("1.5"), "x")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1234567.891"), "_.1f")', '->', repr(format(Decimal("1234567.891"), "_.1f")))
except Exception as e:
    print('format(Decimal("1234567.891"), "_.1f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("-1234.5"), "<12,.2f")', '->', repr(format(Decimal("-1234.5"), "<12,.2f")))
except Exception as e:
    print('format(Decimal("-1234.5"), "<12,.2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("0.000"), ".2f")', '->', repr(format(Decimal("0.000"), ".2f")))
except Exception as e:
    print('format(Decimal("0.000"), ".2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("1e20"), ",.2f")', '->', repr(format(Decimal("1e20"), ",.2f")))
except Exception as e:
    print('format(Decimal("1e20"), ",.2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("-0"), "+.1f")', '->', repr(format(Decimal("-0"), "+.1f")))
except Exception as e:
    print('format(Decimal("-0"), "+.1f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("99.995"), ".2f")', '->', repr(format(Decimal("99.995"), ".2f")))
except Exception as e:
    print('format(Decimal("99.995"), ".2f")', '->', type(e).__name__, e)
try:
    print('format(Decimal("0.0001"), ".3g")', '->', repr(format(Decimal("0.0001"), ".3g")))
except Exception as e:
    print('format(Decimal("0.0001"), ".3g")', '->', type(e).__name__, e)
try:
    print('f"{Decimal(2) / 3:.10f}"', '->', repr(f"{Decimal(2) / 3:.10f}"))
except Exception as e:
    print('f"{Decimal(2) / 3:.10f}"', '->', type(e).__name__, e)
try:
    print('"{:>10.3f}|{:<8}|{:^9.1%}".format(Decimal("3.14159"), Decimal("2.50"), Decimal("0.256"))', '->', repr("{:>10.3f}|{:<8}|{:^9.1%}".format(Decimal("3.14159"), Decimal("2.50"), Decimal("0.256"))))
except Exception as e:
    print('"{:>10.3f}|{:<8}|{:^9.1%}".format(Decimal("3.14159"), Decimal("2.50"), Decimal("0.256"))', '->', type(e).__name__, e)
try:
    print('"%.2f" % Decimal("1.255")', '->', repr("%.2f" % Decimal("1.255")))
except Exception as e:
    print('"%.2f" % Decimal("1.255")', '->', type(e).__name__, e)
try:
    print('"%d" % Decimal("7.9")', '->', repr("%d" % Decimal("7.9")))
except Exception as e:
    print('"%d" % Decimal("7.9")', '->', type(e).__name__, e)
