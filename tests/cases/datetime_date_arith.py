from datetime import date, datetime, timedelta

d = date(2024, 1, 31)
print(d + timedelta(days=1), d + timedelta(days=30), d - timedelta(days=31))
print(timedelta(days=366) + d, d + timedelta(hours=23), d + timedelta(hours=-1))
print(d - date(2023, 1, 31), date(2023, 1, 31) - d, (d - date(2024, 1, 1)).days)
print(type(d + timedelta(1)).__name__, type(d - d).__name__)
print(date(2024, 3, 1) - timedelta(days=1), date(2023, 3, 1) - timedelta(days=1))
print(date(1999, 12, 31) + timedelta(1), date(2000, 2, 28) + timedelta(1))
x = date(2024, 1, 1)
x += timedelta(weeks=2)
x -= timedelta(days=1)
print(x)
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 365, 73)]
print(days)
print([d.strftime('%a %d') for d in days])
for op in [
    lambda: date.max + timedelta(days=1),
    lambda: date.min - timedelta(days=1),
    lambda: date(2024, 1, 1) + 1,
    lambda: 1 + date(2024, 1, 1),
    lambda: date(2024, 1, 1) - 1,
    lambda: date(2024, 1, 1) + date(2024, 1, 1),
    lambda: date(2024, 1, 1) * 2,
    lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
    lambda: date(2024, 1, 1) + datetime(2024, 1, 1),
    lambda: -date(2024, 1, 1),
    lambda: date(2024, 1, 1) < 5,
    lambda: date(2024, 1, 1) < "2024-01-01",
    lambda: date(2024, 1, 1) < datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 2) > date(2024, 1, 1),
    lambda: timedelta(1) - date(2024, 1, 1),
]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1))
print(date(2024, 1, 1) == "2024-01-01", date(2024, 1, 1) != 5)
