# int: str/repr/format/bin/oct/hex of ints, including big and negative values
for n in [0, 7, -7, 255, -255, 2**64, -(2**64), 10**25, -(10**25) - 1]:
    print(str(n), repr(n), bin(n), oct(n), hex(n), format(n, "x"), format(n, "#o"), f"{n:+d}")
print(f"{12345678901234567890:,}", f"{2**70:_x}", f"{-42:08d}", f"{2**64:>25}", f"{255:#010b}", f"{10**20:e}", f"{2**80:.3g}")
print(str(True), repr(False), f"{True:d}", f"{True}", format(True, "x"), int.__repr__(5) if hasattr(int, "__repr__") else "5")
print(len(str(2**10000)), str(2**1000)[:20], str(-(3**500))[-10:], str(10**4299)[-3:], repr(-10**4299)[:5])
