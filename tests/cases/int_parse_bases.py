# int: parsing strings in bases 0, 2, 8, 16, 36 with prefixes and signs
print(int("ff", 16), int("0xff", 16), int("0XFF", 0), int("0o17", 0), int("0b101", 0), int("17", 8), int("0o17", 8))
print(int("101", 2), int("0b101", 2), int("z", 36), int("ZZ", 36), int("Hello", 36), int("-0x10", 16), int("+0b11", 0))
print(int("0", 0), int("00", 0), int("0_0", 0), int("-0", 0), int("10", 0), int("1_000", 0), int("0x_ff", 0))
print(int("  42  "), int("\t-7\n"), int("+3"), int("1_2_3"), int("٣٤"), int("0012"), int(b"99"), int(bytearray(b" 5 ")))
print(int("7fffffffffffffff", 16), int("8000000000000000", 16), int("-8000000000000001", 16), int("1" * 80, 2))
print(int("12", base=3), int(x="10", base=0) if False else int("10", base=0), int("a", 11), int("ABCDEF", 16))
print(int(12.99), int(-12.99), int(1e20), int(-1e20), int(True), int(2**70), int(3.0))
