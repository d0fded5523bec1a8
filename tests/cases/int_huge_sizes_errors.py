# int: absurdly large results fail cleanly (MemoryError/OverflowError) while trivial huge cases are exact
for f in [lambda: 1 << 2**63, lambda: 1 << 2**64 - 1, lambda: 1 << 2**70, lambda: 0 << 2**100, lambda: -1 >> 2**100, lambda: 5 >> 2**100,
          lambda: 1 ** 2**100, lambda: (-1) ** (2**100 + 1), lambda: (-1) ** 2**100, lambda: 0 ** 2**100, lambda: 10 ** -2**70,
          lambda: pow(3, 2**100, 7), lambda: round(5.5, 2**70), lambda: round(5.5, -2**70), lambda: (1).to_bytes(2**62, "big"),
          lambda: 2.0 ** 2**70, lambda: int("1" * 100000, 16).bit_length(), lambda: len(str(2**14000)), lambda: float(2**2000)]:
    try:
        r = f()
        print(type(r).__name__, str(r)[:40])
    except Exception as e:
        print(type(e).__name__, e)
