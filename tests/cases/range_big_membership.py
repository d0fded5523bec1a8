# range: `in`, count() and index() with big bounds, big steps and non-int values
B = 10 ** 20
r = range(-7 * 10 ** 19, B, 7)
print(0 in r, 7 in r, 8 in r, -B in r, B in r, B - 6 in r, -B + 14 in r, -B - 7 in r, 10 ** 40 in r)
print(B - 1 in range(B), B in range(B), -1 in range(B), 0 in range(B, 0), 5 in range(B, 0, -5), 3 in range(B, 0, -5))
print(2 ** 63 in range(2 ** 64), 2 ** 64 in range(2 ** 64), 2 ** 63 - 1 in range(2 ** 63, 2 ** 64), -2 ** 63 - 1 in range(-2 ** 64, 0))
print(True in range(2), False in range(1, B), True in range(B, 0, -1), 10 ** 30 in range(10))
print(r.count(7), r.count(8), r.count(B - 6), range(B).count(B), range(B).count(True))
print(r.index(-7 * 10 ** 19), r.index(0), r.index(7 * 10 ** 18), range(B, 0, -1).index(1), range(2 ** 64).index(2 ** 63))
print(range(B, 0, -3).index(B - 3 * 10 ** 19), range(-5, B, 10 ** 19).index(9 * 10 ** 19 - 5))


class MyInt(int):
    def __eq__(self, other):
        print("  MyInt.__eq__", other)
        return int(self) == other

    __hash__ = int.__hash__


print(MyInt(2) in range(B, B + 5), MyInt(2) in range(5))
print(range(5).count(MyInt(3)), range(5).index(MyInt(4)))
print(3.0 in range(5), 3.5 in range(5), "3" in range(5), None in range(3))
print(range(5).count(3.0), range(5).count(2.5), range(5).index(4.0), range(B, B + 3).index(float(B)))
for f in [lambda: r.index(8), lambda: range(B).index(B), lambda: range(B).index(-1), lambda: range(5).index(3.5),
          lambda: range(5).index("a"), lambda: range(B, B + 3).index(None), lambda: r.index(), lambda: r.count(1, 2)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
