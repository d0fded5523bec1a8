from datetime import date

tries = [
    lambda: date(2024, 13, 1),
    lambda: date(2024, 0, 1),
    lambda: date(2023, 2, 29),
    lambda: date(2024, 4, 31),
    lambda: date(0, 1, 1),
    lambda: date(10000, 1, 1),
    lambda: date(2024, 1),
    lambda: date(),
    lambda: date(2024, 1, 2, 3),
    lambda: date(2024, 1, 2, year=2024),
    lambda: date(2024, 1, day=2, month=5),
    lambda: date(year=2024, month=1, dy=3),
    lambda: date(2024, 1, 1, foo=2),
    lambda: date("2024", 1, 1),
    lambda: date(2024.0, 1, 1),
    lambda: date(2024, None, 1),
    lambda: date(2 ** 40, 1, 1),
    lambda: date(2 ** 70, 1, 1),
    lambda: date(2024, 1, 1).replace(month=13),
    lambda: date(2024, 1, 31).replace(month=2),
    lambda: date(2024, 1, 1).replace(hour=1),
    lambda: date(2024, 1, 1).replace(2025, 1, 1, 1),
    lambda: date.fromordinal(0),
    lambda: date.fromordinal(-5),
    lambda: date.fromordinal(3652060),
    lambda: date.fromordinal(),
    lambda: date.fromordinal("1"),
    lambda: date(2024, 1, 1).weekday(1),
    lambda: date(2024, 1, 1).isoformat("T"),
    lambda: date(2024, 1, 1).hour,
    lambda: date.nonexistent,
    lambda: date.today(1),
]
for t in tries:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(date(True, True, True))
date(2024, 2, 30)
