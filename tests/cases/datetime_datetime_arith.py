from datetime import datetime, date, timedelta, timezone

a = datetime(2024, 1, 31, 22, 30)
print(a + timedelta(hours=2), a - timedelta(days=31, minutes=30), timedelta(minutes=90) + a)
print(a + timedelta(microseconds=1), a - timedelta(microseconds=1))
print(a - datetime(2024, 1, 1), datetime(2024, 1, 1) - a)
print((a - datetime(2023, 1, 31, 22, 30)).days, (a - datetime(2024, 1, 31)).total_seconds())
print(datetime(2024, 3, 10, 12) - datetime(2024, 3, 9, 12, 0, 0, 1))
print(datetime(2024, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2024, 2, 28, 12) + timedelta(days=1), datetime(2023, 2, 28, 12) + timedelta(days=1))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
k = datetime(2024, 1, 1, 21, tzinfo=timezone(timedelta(hours=9)))
print(u - k, k - u, repr(u + timedelta(hours=1)), (k + timedelta(hours=1)).tzinfo)
print(datetime(2024, 1, 1, fold=1) + timedelta(0))
t = datetime(2024, 1, 1)
for _ in range(3):
    t += timedelta(hours=10)
print(t)
print(sum([timedelta(hours=1)] * 30, datetime(2024, 1, 1)))
for op in [
    lambda: datetime.max + timedelta(microseconds=1),
    lambda: datetime.min - timedelta(microseconds=1),
    lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
    lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) + 3600,
    lambda: datetime(2024, 1, 1) - 1.5,
    lambda: datetime(2024, 1, 1) - u,
    lambda: u - datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) * 2,
    lambda: datetime(2024, 1, 1) - "2024-01-01",
]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
