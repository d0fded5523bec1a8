# int: true division of ints is correctly rounded, even for huge operands
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5, 1 / 2**1000 > 0, type(4 / 2).__name__)
print(10**30 / 10**10, (2**64 + 1) / 2**64, 2**1100 / 2**1000, (10**400) / (10**399), 1 / 10**400)
print(12345678901234567890123 / 1000, (2**53 + 1) / 1, (2**53 + 3) / 2, -(10**40) / 3, 2**1024 // 3 / 2**1000)
try:
    print(2**1100 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(2**1024))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2**1024 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(float(2**1024 - 2**971), float(2**1024 - 2**970 - 1), float(-(2**53) - 1), float(2**54 + 3))
