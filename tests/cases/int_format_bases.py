# int: formatting ints in bases via format/f-strings with widths, and bin/oct/hex prefixes
for n in [0, 5, 255, -255, 2 ** 32]:
    print(f"{n:>12} {n:>12b} {n:>8o} {n:>10x} {n:#>12X} {n:#012x} {format(n, '_b')}")
print(int("0b1010", 2), int("1010", 2), int("0o17", 8), int("0x1f", 16), int("1F", 16), int("-0x1f", 16))
