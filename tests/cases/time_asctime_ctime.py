import time

print(time.asctime((2024, 1, 2, 3, 4, 5, 1, 2, 0)), time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1e10)))
print(time.asctime((2024, 12, 25, 23, 59, 59, 2, 360, -1)), time.asctime((5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime((2024, 1, 1, 0, 0, 0, 13, 1, 0)))
print(time.ctime(0), time.ctime(1700000000), time.ctime(1700000000.9), time.ctime(-1), time.ctime(1e10))
print(len(time.ctime()), len(time.asctime()), time.ctime(None)[-4:] >= "2024")
for bad in [lambda: time.asctime(1), lambda: time.asctime((2024, 1, 1)), lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.asctime((2024, 1, 32, 0, 0, 0, 0, 1, 0)), lambda: time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0), 1),
            lambda: time.ctime("x"), lambda: time.ctime(1, 2), lambda: time.ctime(float("nan")), lambda: time.ctime(1e20)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
