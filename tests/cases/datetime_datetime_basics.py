from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 1, 2, 3, 4, 5, 6)
print(repr(dt), str(dt), dt)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3)), repr(datetime(2024, 1, 2, 3, 4, 5)))
print(repr(datetime(2024, 1, 2, 0, 0, 0, 1)), repr(datetime(2024, 1, 2, fold=1)))
print(repr(datetime(2024, 1, 2, tzinfo=timezone.utc)))
print(repr(datetime(2024, 1, 2, 5, 6, 7, tzinfo=timezone(timedelta(hours=-8), 'PST'), fold=1)))
print(str(datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30)))))
print(dt.date(), dt.time(), repr(dt.timetz()), dt.weekday(), dt.isoweekday(), dt.toordinal())
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9)), datetime.combine(date(2024, 5, 6), time()))
print(repr(datetime.combine(date(2024, 5, 6), time(7, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2024, 5, 6), time(7, tzinfo=timezone.utc), tzinfo=None)))
print(repr(datetime.combine(datetime(2024, 5, 6, 23), time(1))))
print(datetime.combine(date=date(2024, 1, 1), time=time(12)))
print(datetime(year=2024, month=6, day=1, hour=12, minute=30, second=15))
print(datetime.min, datetime.max, repr(datetime.resolution))
print(datetime.fromordinal(738000), repr(datetime.fromordinal(1)))
print(isinstance(dt, date), isinstance(dt, datetime), issubclass(datetime, date), datetime.__mro__)
print(dt.ctime(), datetime(2024, 1, 2, 13, 5).ctime())
print(datetime.combine(dt.date(), datetime.min.time()), datetime.max.time())
for bad in [
    lambda: datetime(2024, 1, 1, 24),
    lambda: datetime(2024, 1, 1, 0, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000),
    lambda: datetime(2024, 1, 1, -1),
    lambda: datetime(2024, 1, 1, tzinfo=1),
    lambda: datetime(2024, 1, 1, tzinfo="UTC"),
    lambda: datetime(2024, 1, 1, fold=2),
    lambda: datetime(2024, 1, 1, 0, 0, 0, 0, None, 0),
    lambda: datetime(2024, 1),
    lambda: datetime(2024, 1, 1, minute=1.5),
    lambda: datetime.combine(1, time()),
    lambda: datetime.combine(date(2024, 1, 1), 1),
    lambda: datetime.combine(date(2024, 1, 1)),
    lambda: datetime.combine(date(2024, 1, 1), time(), 1),
    lambda: dt.date(1),
]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
