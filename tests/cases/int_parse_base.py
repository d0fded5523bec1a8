# int: int() from strings in various bases, with underscores, whitespace and errors
print(int("42"), int("  -17  "), int("+5"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("ZZ", 36))
print(int("777", 8), int("101", 2), int("-101", 2), int("0", 0))
print(int(3.99), int(-3.99), int(True), int("9" * 30))
for args in [("abc",), ("12.5",), ("",), ("1_",), ("08", 0), ("2", 2), ("12", 1), ("12", 37), ("0x", 16)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1], "x y"]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(12, 5)
except TypeError as e:
    print("TypeError:", e)
