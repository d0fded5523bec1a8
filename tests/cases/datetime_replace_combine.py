from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2024, 1, 31, 10, 20, 30, 400, tzinfo=timezone.utc)
print(repr(dt.replace(year=2023)), repr(dt.replace(month=3, day=1)), repr(dt.replace(hour=0, minute=0, second=0, microsecond=0)))
print(repr(dt.replace(tzinfo=None)), repr(dt.replace(fold=1)), repr(dt.replace()), repr(dt.replace(2020, 2, 29)))
start_of_day = dt.replace(hour=0, minute=0, second=0, microsecond=0)
end_of_day = start_of_day + timedelta(days=1) - timedelta(microseconds=1)
print(start_of_day, end_of_day)
first = date(2024, 5, 17).replace(day=1)
last_prev = first - timedelta(days=1)
print(first, last_prev, last_prev.replace(day=1))
print(datetime.combine(date(2024, 2, 29), time(23, 59, 59, 999999)) + timedelta(microseconds=1))
print(repr(datetime.combine(date(2024, 1, 1), time(1, fold=1))), repr(datetime.combine(date(2024, 1, 1), time(1), timezone.utc)))
for bad in [lambda: dt.replace(month=2), lambda: dt.replace(hour=24), lambda: dt.replace(tzinfo=1), lambda: dt.replace(fold=2),
            lambda: dt.replace(foo=1), lambda: dt.replace(year="2024"), lambda: dt.replace(1, 2, 3, 4, 5, 6, 7, None, 0),
            lambda: dt.replace(year=0), lambda: date(2024, 2, 29).replace(year=2023), lambda: time(1).replace(minute=60)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
