from datetime import datetime, date, timezone, timedelta

utc = timezone.utc
print(datetime(2024, 1, 1, tzinfo=utc).timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp())
print(datetime(2024, 1, 1, 0, 0, 0, 500000, tzinfo=utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, tzinfo=utc).timestamp())
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2))).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp())
print(datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=utc).timestamp())
print(repr(datetime.fromtimestamp(1700000000, utc)), repr(datetime.fromtimestamp(1700000000, tz=timezone(timedelta(hours=-3)))))
print(repr(datetime.fromtimestamp(0, utc)), repr(datetime.fromtimestamp(-1.5, utc)), repr(datetime.fromtimestamp(1.0000005, utc)))
print(repr(datetime.fromtimestamp(1700000000.123456, utc)), repr(datetime.fromtimestamp(1700000000.9999996, utc)))
print(repr(datetime.fromtimestamp(1.5e-6, utc)), repr(datetime.fromtimestamp(2.5e-6, utc)), repr(datetime.fromtimestamp(True, utc)))
print(repr(datetime.utcfromtimestamp(1700000000)), repr(datetime.utcfromtimestamp(1700000000.5)), repr(datetime.utcfromtimestamp(-86400)))
ts = 1718454321.987654
print(datetime.fromtimestamp(ts, utc).timestamp() == ts, datetime.fromtimestamp(ts, utc).isoformat())
print(datetime.fromtimestamp(datetime(2024, 5, 6, 7, 8, 9, tzinfo=utc).timestamp(), utc))
print(int(datetime(2024, 1, 1, tzinfo=utc).timestamp() * 1000), (datetime(2024, 1, 2, tzinfo=utc) - datetime(1970, 1, 1, tzinfo=utc)).total_seconds())
for bad in [lambda: datetime.fromtimestamp("0"), lambda: datetime.fromtimestamp(None), lambda: datetime.fromtimestamp(float("nan")),
            lambda: datetime.fromtimestamp(1e20), lambda: datetime.fromtimestamp(2 ** 70), lambda: datetime.fromtimestamp(1e15, utc),
            lambda: datetime.fromtimestamp(-1e11, utc), lambda: datetime.fromtimestamp(0, 1), lambda: datetime.fromtimestamp(),
            lambda: datetime.fromtimestamp(0, tz=utc, x=1), lambda: datetime.utcfromtimestamp(), lambda: datetime.utcfromtimestamp("x"),
            lambda: datetime.utcfromtimestamp(1e18), lambda: date.fromtimestamp("x"), lambda: date.fromtimestamp(),
            lambda: datetime.fromtimestamp(253402300800, utc), lambda: datetime(2024, 1, 1).timestamp(1)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
