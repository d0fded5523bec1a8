from datetime import timedelta

print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(0, 1)), repr(timedelta(0, 0, 1)))
print(repr(timedelta(days=1, seconds=2, microseconds=3, milliseconds=4, minutes=5, hours=6, weeks=7)))
print(repr(timedelta(hours=-1)), repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)))
print(repr(timedelta(days=1, seconds=-1)), repr(timedelta(seconds=86400 * 3 + 7)))
print(repr(timedelta(minutes=-90)), repr(timedelta(weeks=-1, days=8)))
print(repr(timedelta(hours=1.5)), repr(timedelta(days=0.5)), repr(timedelta(seconds=0.1)))
print(repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=2.5)))
print(repr(timedelta(microseconds=-0.5)), repr(timedelta(microseconds=-1.5)), repr(timedelta(microseconds=-2.5)))
print(repr(timedelta(seconds=0.5, microseconds=0.5)), repr(timedelta(milliseconds=0.0005)))
print(repr(timedelta(days=1.1, seconds=2.2, microseconds=3.3, milliseconds=4.4, minutes=5.5, hours=6.6, weeks=7.7)))
print(repr(timedelta(days=-1.1, seconds=2.2, microseconds=-3.3, milliseconds=4.4, minutes=5.5, hours=-6.6, weeks=7.7)))
print(repr(timedelta(seconds=1e-7)), repr(timedelta(seconds=-1e-7)), repr(timedelta(seconds=1 / 3)))
print(repr(timedelta(days=True, hours=False)), repr(timedelta(minutes=2 ** 40)))
print(repr(timedelta(microseconds=10 ** 18)), repr(timedelta(days=999999999)))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
td = timedelta(days=-3, hours=5, minutes=6, seconds=7, microseconds=8)
print(td.days, td.seconds, td.microseconds, str(td))
for v in [timedelta(0), timedelta(days=1), timedelta(days=-1), timedelta(days=2, seconds=1),
          timedelta(seconds=3661.5), timedelta(microseconds=-1), timedelta(days=-2, seconds=86399),
          timedelta(days=10, hours=23, minutes=59, seconds=59, microseconds=999999)]:
    print(str(v), "|", repr(v), "|", f"{v}")
for bad in [
    lambda: timedelta("1"),
    lambda: timedelta(days="1"),
    lambda: timedelta(hours=None),
    lambda: timedelta(seconds=[1]),
    lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8),
    lambda: timedelta(foo=1),
    lambda: timedelta(1, days=1),
    lambda: timedelta(days=1e9),
    lambda: timedelta(days=1000000000),
    lambda: timedelta(days=-1000000000),
    lambda: timedelta(microseconds=10 ** 20),
    lambda: timedelta(microseconds=10 ** 40),
    lambda: timedelta(days=float("nan")),
    lambda: timedelta(days=float("inf")),
    lambda: timedelta.max + timedelta(microseconds=1),
    lambda: timedelta.min - timedelta(microseconds=1),
    lambda: -timedelta.min,
]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
