# float: when two shortest digit strings are equally close, repr picks the even last digit
print(9007199254740992 * 0.1, pow(-7.25, 6), 145220.537353515625, 900719925474099.25, 2.0 ** 53 * 0.3)
vals = [k * 2.0 ** -m for k, m in [(1234567891, 12), (987654321987, 20), (3, 1), (123456789012345, 4), (2**52 + 1, 3), (2**53 - 1, 10)]]
print(vals, [str(v) for v in vals], [-v for v in vals])
print(1e23, 8.41e21, 5.0e-324 * 3, 0.1 * 3, 1.5e300 * 1.5e8, 3 * 1.1, 2.675 * 100, 1 / 7 * 1e20)
