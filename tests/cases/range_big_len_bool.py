# range: len() up to MAXSIZE and OverflowError beyond, truthiness, list() of big ranges
MAXSIZE = 2 ** 63 - 1


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


for r in [range(2 ** 63 - 1), range(-1, 2 ** 63 - 2), range(0, 2 ** 64, 2), range(-2 ** 63, 2 ** 63 - 1, 2),
          range(10 ** 20, 10 ** 20 + 5), range(10 ** 20, 0, -10 ** 19), range(0, 10 ** 30, 10 ** 29), range(10 ** 20, 10 ** 20)]:
    show(lambda: len(r))
for r in [range(2 ** 63), range(-1, 2 ** 63 - 1), range(2 ** 64), range(-2 ** 63, 2 ** 63), range(10 ** 20),
          range(10 ** 20, -10 ** 20, -1), range(-2 ** 63, 2 ** 63 - 1)]:
    show(lambda: len(r))
print(len(range(MAXSIZE)) == MAXSIZE)
show(lambda: len(range(MAXSIZE + 1)))
print(bool(range(10 ** 20)), bool(range(10 ** 20, 10 ** 20)), bool(range(10 ** 20, 0)), bool(range(0, 10 ** 20, -1)), bool(range(2 ** 64)))
print(list(range(10 ** 20, 10 ** 20 + 3)), list(range(10 ** 20 + 3, 10 ** 20, -1)), list(range(-10 ** 20, 10 ** 20, 10 ** 20)))
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), tuple(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
print(sum(range(10 ** 20, 10 ** 20 + 10)), max(range(10 ** 20, 10 ** 20 + 10, 3)), min(range(2 ** 64, 2 ** 64 - 10, -2)))
print(sorted(range(10 ** 20 + 3, 10 ** 20, -1)), set(range(2 ** 64, 2 ** 64 + 3)) == {2 ** 64, 2 ** 64 + 1, 2 ** 64 + 2})
show(lambda: list(range(2 ** 64)))
show(lambda: tuple(range(10 ** 20)))
show(lambda: [0] * len(range(2 ** 64)))
if range(2 ** 64):
    print("non-empty")
