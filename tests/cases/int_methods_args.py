# int: method argument errors, keyword handling and class-level calls
print(int.from_bytes(b"\x01\x00", byteorder="little"), (258).to_bytes(length=2, byteorder="big"), (7).to_bytes(2, "little", signed=True))
print(int.bit_count(255), int.conjugate(-4), int.__abs__(-9), (9).__round__(-1), (15).__round__(-1), (10**20).__round__(-19), int.__float__(3))
for f in [lambda: (1).to_bytes(1, "big", True), lambda: (1).to_bytes(1, byteorder=5), lambda: int.from_bytes(b"\x01", byteorder=5),
          lambda: (1).to_bytes(1, "big", sign=True), lambda: int.from_bytes(), lambda: (5).bit_count(1), lambda: (5).as_integer_ratio(1),
          lambda: int("5", base="10"), lambda: int(x="5"), lambda: int("5", 10, 3), lambda: int(base=10), lambda: (5).__round__(1, 2),
          lambda: (5).__round__("1"), lambda: int("5", 2**70), lambda: int(5.5, 10)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
