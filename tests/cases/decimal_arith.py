from decimal import *
import decimal, math
from fractions import Fraction

try:
    print('Decimal("1.30")+Decimal("1.20")', '->', repr(Decimal("1.30")+Decimal("1.20")))
except Exception as e:
    print('Decimal("1.30")+Decimal("1.20")', '->', type(e).__name__, e)
try:
    print('Decimal("1.3")*Decimal("1.2")', '->', repr(Decimal("1.3")*Decimal("1.2")))
except Exception as e:
    print('Decimal("1.3")*Decimal("1.2")', '->', type(e).__name__, e)
try:
    print('Decimal(1)/Decimal(3)', '->', repr(Decimal(1)/Decimal(3)))
except Exception as e:
    print('Decimal(1)/Decimal(3)', '->', type(e).__name__, e)
try:
    print('Decimal("7")//Decimal("-2")', '->', repr(Decimal("7")//Decimal("-2")))
except Exception as e:
    print('Decimal("7")//Decimal("-2")', '->', type(e).__name__, e)
try:
    print('Decimal("7")%Decimal("-2")', '->', repr(Decimal("7")%Decimal("-2")))
except Exception as e:
    print('Decimal("7")%Decimal("-2")', '->', type(e).__name__, e)
try:
    print('Decimal("-7")%Decimal("2")', '->', repr(Decimal("-7")%Decimal("2")))
except Exception as e:
    print('Decimal("-7")%Decimal("2")', '->', type(e).__name__, e)
try:
    print('divmod(Decimal(7), Decimal(2))', '->', repr(divmod(Decimal(7), Decimal(2))))
except Exception as e:
    print('divmod(Decimal(7), Decimal(2))', '->', type(e).__name__, e)
try:
    print('divmod(Decimal(1), 0)', '->', repr(divmod(Decimal(1), 0)))
except Exception as e:
    print('divmod(Decimal(1), 0)', '->', type(e).__name__, e)
try:
    print('divmod(Decimal(0), 0)', '->', repr(divmod(Decimal(0), 0)))
except Exception as e:
    print('divmod(Decimal(0), 0)', '->', type(e).__name__, e)
try:
    print('Decimal("inf") % 1', '->', repr(Decimal("inf") % 1))
except Exception as e:
    print('Decimal("inf") % 1', '->', type(e).__name__, e)
try:
    print('Decimal(5) % Decimal("inf")', '->', repr(Decimal(5) % Decimal("inf")))
except Exception as e:
    print('Decimal(5) % Decimal("inf")', '->', type(e).__name__, e)
try:
    print('Decimal(5) // Decimal("inf")', '->', repr(Decimal(5) // Decimal("inf")))
except Exception as e:
    print('Decimal(5) // Decimal("inf")', '->', type(e).__name__, e)
try:
    print('Decimal("1e30") // 3', '->', repr(Decimal("1e30") // 3))
except Exception as e:
    print('Decimal("1e30") // 3', '->', type(e).__name__, e)
try:
    print('Decimal("1e40") % 3', '->', repr(Decimal("1e40") % 3))
except Exception as e:
    print('Decimal("1e40") % 3', '->', type(e).__name__, e)
try:
    print('Decimal("12.345") % Decimal("0.1")', '->', repr(Decimal("12.345") % Decimal("0.1")))
except Exception as e:
    print('Decimal("12.345") % Decimal("0.1")', '->', type(e).__name__, e)
try:
    print('Decimal("-0.0") + Decimal("0.00")', '->', repr(Decimal("-0.0") + Decimal("0.00")))
except Exception as e:
    print('Decimal("-0.0") + Decimal("0.00")', '->', type(e).__name__, e)
try:
    print('Decimal("-0.0") + Decimal("-0.00")', '->', repr(Decimal("-0.0") + Decimal("-0.00")))
except Exception as e:
    print('Decimal("-0.0") + Decimal("-0.00")', '->', type(e).__name__, e)
try:
    print('Decimal("1.1") - Decimal("1.10")', '->', repr(Decimal("1.1") - Decimal("1.10")))
except Exception as e:
    print('Decimal("1.1") - Decimal("1.10")', '->', type(e).__name__, e)
try:
    print('Decimal("0E-5") * 7', '->', repr(Decimal("0E-5") * 7))
except Exception as e:
    print('Decimal("0E-5") * 7', '->', type(e).__name__, e)
try:
    print('Decimal(0) / 5', '->', repr(Decimal(0) / 5))
except Exception as e:
    print('Decimal(0) / 5', '->', type(e).__name__, e)
try:
    print('Decimal("0.00") / Decimal("0.1")', '->', repr(Decimal("0.00") / Decimal("0.1")))
except Exception as e:
    print('Decimal("0.00") / Decimal("0.1")', '->', type(e).__name__, e)
try:
    print('Decimal(1) / Decimal("0.1")', '->', repr(Decimal(1) / Decimal("0.1")))
except Exception as e:
    print('Decimal(1) / Decimal("0.1")', '->', type(e).__name__, e)
try:
    print('Decimal("1.0")/Decimal("0.10")', '->', repr(Decimal("1.0")/Decimal("0.10")))
except Exception as e:
    print('Decimal("1.0")/Decimal("0.10")', '->', type(e).__name__, e)
try:
    print('Decimal(6)/Decimal("2.0")', '->', repr(Decimal(6)/Decimal("2.0")))
except Exception as e:
    print('Decimal(6)/Decimal("2.0")', '->', type(e).__name__, e)
try:
    print('Decimal("1e-999999") / 10', '->', repr(Decimal("1e-999999") / 10))
except Exception as e:
    print('Decimal("1e-999999") / 10', '->', type(e).__name__, e)
try:
    print('Decimal("9.999999999999999999999999999999E+999999")', '->', repr(Decimal("9.999999999999999999999999999999E+999999")))
except Exception as e:
    print('Decimal("9.999999999999999999999999999999E+999999")', '->', type(e).__name__, e)
try:
    print('Decimal("9.999999999999999999999999999999E+999999") + 0', '->', repr(Decimal("9.999999999999999999999999999999E+999999") + 0))
except Exception as e:
    print('Decimal("9.999999999999999999999999999999E+999999") + 0', '->', type(e).__name__, e)
try:
    print('Decimal("1e-1000020") + 0', '->', repr(Decimal("1e-1000020") + 0))
except Exception as e:
    print('Decimal("1e-1000020") + 0', '->', type(e).__name__, e)
try:
    print('Decimal(0).exp()', '->', repr(Decimal(0).exp()))
except Exception as e:
    print('Decimal(0).exp()', '->', type(e).__name__, e)
try:
    print('float(Decimal("0.1"))', '->', repr(float(Decimal("0.1"))))
except Exception as e:
    print('float(Decimal("0.1"))', '->', type(e).__name__, e)
try:
    print('float(Decimal("-inf"))', '->', repr(float(Decimal("-inf"))))
except Exception as e:
    print('float(Decimal("-inf"))', '->', type(e).__name__, e)
try:
    print('math.floor(Decimal("-2.5"))', '->', repr(math.floor(Decimal("-2.5"))))
except Exception as e:
    print('math.floor(Decimal("-2.5"))', '->', type(e).__name__, e)
try:
    print('math.ceil(Decimal("2.1"))', '->', repr(math.ceil(Decimal("2.1"))))
except Exception as e:
    print('math.ceil(Decimal("2.1"))', '->', type(e).__name__, e)
try:
    print('math.trunc(Decimal("-2.9"))', '->', repr(math.trunc(Decimal("-2.9"))))
except Exception as e:
    print('math.trunc(Decimal("-2.9"))', '->', type(e).__name__, e)
try:
    print('math.sqrt(Decimal(2))', '->', repr(math.sqrt(Decimal(2))))
except Exception as e:
    print('math.sqrt(Decimal(2))', '->', type(e).__name__, e)
try:
    print('Decimal("3.14").is_signed()', '->', repr(Decimal("3.14").is_signed()))
except Exception as e:
    print('Decimal("3.14").is_signed()', '->', type(e).__name__, e)
try:
    print('Decimal("-0").is_signed()', '->', repr(Decimal("-0").is_signed()))
except Exception as e:
    print('Decimal("-0").is_signed()', '->', type(e).__name__, e)
try:
    print('Decimal("1e-1000000").is_subnormal()', '->', repr(Decimal("1e-1000000").is_subnormal()))
except Exception as e:
    print('Decimal("1e-1000000").is_subnormal()', '->', type(e).__name__, e)
try:
    print('Decimal(5).number_class()', '->', repr(Decimal(5).number_class()))
except Exception as e:
    print('Decimal(5).number_class()', '->', type(e).__name__, e)
try:
    print('Decimal("-inf").number_class()', '->', repr(Decimal("-inf").number_class()))
except Exception as e:
    print('Decimal("-inf").number_class()', '->', type(e).__name__, e)
try:
    print('Decimal("1.20").same_quantum(Decimal("3.45"))', '->', repr(Decimal("1.20").same_quantum(Decimal("3.45"))))
except Exception as e:
    print('Decimal("1.20").same_quantum(Decimal("3.45"))', '->', type(e).__name__, e)
try:
    print('Decimal(7).scaleb(3)', '->', repr(Decimal(7).scaleb(3)))
except Exception as e:
    print('Decimal(7).scaleb(3)', '->', type(e).__name__, e)
try:
    print('Decimal("1.1") + Decimal("2.20")', '->', repr(Decimal("1.1") + Decimal("2.20")))
except Exception as e:
    print('Decimal("1.1") + Decimal("2.20")', '->', type(e).__name__, e)
try:
    print('Decimal("10") - Decimal("0.001")', '->', repr(Decimal("10") - Decimal("0.001")))
except Exception as e:
    print('Decimal("10") - Decimal("0.001")', '->', type(e).__name__, e)
try:
    print('Decimal("-5") * Decimal("0")', '->', repr(Decimal("-5") * Decimal("0")))
except Exception as e:
    print('Decimal("-5") * Decimal("0")', '->', type(e).__name__, e)
try:
    print('Decimal("2") / Decimal("4")', '->', repr(Decimal("2") / Decimal("4")))
except Exception as e:
    print('Decimal("2") / Decimal("4")', '->', type(e).__name__, e)
try:
    print('Decimal(10) / Decimal(4)', '->', repr(Decimal(10) / Decimal(4)))
except Exception as e:
    print('Decimal(10) / Decimal(4)', '->', type(e).__name__, e)
try:
    print('Decimal(100) / Decimal("1E-2")', '->', repr(Decimal(100) / Decimal("1E-2")))
except Exception as e:
    print('Decimal(100) / Decimal("1E-2")', '->', type(e).__name__, e)
try:
    print('Decimal(7) / 2 * 2', '->', repr(Decimal(7) / 2 * 2))
except Exception as e:
    print('Decimal(7) / 2 * 2', '->', type(e).__name__, e)
try:
    print('Decimal("1") / Decimal(8)', '->', repr(Decimal("1") / Decimal(8)))
except Exception as e:
    print('Decimal("1") / Decimal(8)', '->', type(e).__name__, e)
try:
    print('Decimal(22) / 7', '->', repr(Decimal(22) / 7))
except Exception as e:
    print('Decimal(22) / 7', '->', type(e).__name__, e)
try:
    print('-Decimal("5.00")', '->', repr(-Decimal("5.00")))
except Exception as e:
    print('-Decimal("5.00")', '->', type(e).__name__, e)
try:
    print('+Decimal("-0.00")', '->', repr(+Decimal("-0.00")))
except Exception as e:
    print('+Decimal("-0.00")', '->', type(e).__name__, e)
try:
    print('Decimal(3) - 3', '->', repr(Decimal(3) - 3))
except Exception as e:
    print('Decimal(3) - 3', '->', type(e).__name__, e)
try:
    print('Decimal(5) // 2', '->', repr(Decimal(5) // 2))
except Exception as e:
    print('Decimal(5) // 2', '->', type(e).__name__, e)
try:
    print('Decimal(-5) // 2', '->', repr(Decimal(-5) // 2))
except Exception as e:
    print('Decimal(-5) // 2', '->', type(e).__name__, e)
try:
    print('Decimal(-5) % 2', '->', repr(Decimal(-5) % 2))
except Exception as e:
    print('Decimal(-5) % 2', '->', type(e).__name__, e)
try:
    print('Decimal("5.5") % Decimal("1.5")', '->', repr(Decimal("5.5") % Decimal("1.5")))
except Exception as e:
    print('Decimal("5.5") % Decimal("1.5")', '->', type(e).__name__, e)
try:
    print('divmod(Decimal(-7), Decimal(3))', '->', repr(divmod(Decimal(-7), Decimal(3))))
except Exception as e:
    print('divmod(Decimal(-7), Decimal(3))', '->', type(e).__name__, e)
try:
    print('Decimal(1) + None', '->', repr(Decimal(1) + None))
except Exception as e:
    print('Decimal(1) + None', '->', type(e).__name__, e)
