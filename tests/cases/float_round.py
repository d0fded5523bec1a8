# float: round() with banker's rounding, ndigits, negative ndigits, representation artifacts
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), type(round(2.5, 0)).__name__)
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1234.5678, 1), round(3.14159, 3))
print(round(1e20, 2), round(0.0), round(-0.0, 1), round(-0.4), round(123.456, 10))
print(round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(12345, -10))
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
