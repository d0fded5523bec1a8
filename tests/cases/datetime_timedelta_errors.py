from datetime import timedelta, date

h = timedelta(hours=1)
for op in [
    lambda: h / 0,
    lambda: h // 0,
    lambda: h / 0.0,
    lambda: h % timedelta(0),
    lambda: h / timedelta(0),
    lambda: h // timedelta(0),
    lambda: divmod(h, timedelta(0)),
    lambda: divmod(h, 3),
    lambda: h % 7,
    lambda: h // 7.5,
    lambda: h * float("nan"),
    lambda: h * float("inf"),
    lambda: h / float("nan"),
    lambda: h + 5,
    lambda: 5 + h,
    lambda: h - 5,
    lambda: h * "2",
    lambda: h * h,
    lambda: 2 / h,
    lambda: h < 5,
    lambda: h <= None,
    lambda: h * 2 ** 70,
    lambda: h * 10 ** 12,
    lambda: timedelta.max * 2,
    lambda: timedelta.max / 0.5,
    lambda: h.total_seconds(1),
    lambda: h.days(),
    lambda: h + date(2024, 1, 1),
]:
    try:
        print(repr(op()))
    except Exception as e:
        print(type(e).__name__, e)
h / 0
