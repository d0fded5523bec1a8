# str: CPython 3.11 limits int<->str conversion to 4300 digits (ValueError beyond)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(str(int("9" * 4300))), hex(10 ** 5000)[:10], (10 ** 5000) % 7)
