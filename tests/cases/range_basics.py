# range: repr, len, indexing, slicing, negative steps, in, equality, errors
r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1), range(0), range(-3), len(range(1, 10, 4)), len(range(10, 0)))
print(r[3], r[-1], r[2:5], r[::-1], r[::2], r[1:8:3], range(0, 20, 5)[-2], range(10, 0, -3)[1:], list(range(10, 0, -3)))
print(3 in r, 10 in r, 3.0 in r, "a" in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(0, -10, -1))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 6, 2) == range(1, 7, 2), range(3) == [0, 1, 2])
print(list(range(-5, 5, 3)), list(range(5, -5, -4)), sum(range(101)), r.start, r.stop, r.step, range(1, 10, 3).index(7), r.count(3))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 7)[-1], 10 ** 19 in range(10 ** 20), list(reversed(range(1, 8, 3))))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
for bad in [lambda: r[10], lambda: range(0, 5, 0), lambda: range(1.5), lambda: r.index(42), lambda: r["a"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(2)))
