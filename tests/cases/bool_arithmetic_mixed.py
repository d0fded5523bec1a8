# bool: bools are ints in arithmetic, but keep bool type for &, |, ^ between bools
print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, True ** 10, -True, +False, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, True & 3, False | 2, True ^ 3)
print(True << 3, True >> 1, 10 * False, 2.5 * True, True + 0.5, sum([True, True, False]), divmod(True, True), abs(True))
print(True == 1, False == 0, True == 1.0, hash(True) == hash(1), {True: "a", 1: "b"}, {0, False, 0.0})
print(int(True), float(False), str(True), repr(False), True.real, True.numerator, (True).conjugate(), type(True.conjugate()).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(2**100), bool(float("nan")), bool(b""), bool(b"\x00"), bool(bytearray()))
print(max(True, 0), min(False, -1), sorted([True, False, 2, -1]), [1, 2, 3][True], "ab"[False], True < 2, False > -1, 5 - True)
print(type(True + True).__name__, type(-True).__name__, type(True * 1.0).__name__, type(~True).__name__, isinstance(True, int))
