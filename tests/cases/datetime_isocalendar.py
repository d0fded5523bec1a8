from datetime import date, datetime

for d in [date(2024, 1, 1), date(2024, 1, 7), date(2024, 12, 30), date(2021, 1, 1), date(2020, 12, 31),
          date(2026, 1, 1), date(2027, 1, 3), date(1, 1, 1), date(9999, 12, 31)]:
    ic = d.isocalendar()
    print(d, repr(ic), ic.year, ic.week, ic.weekday, ic[0], ic[1:], tuple(ic), d.strftime("%G-W%V-%u"))
ic = datetime(2024, 5, 6, 7).isocalendar()
y, w, wd = ic
print(y, w, wd, ic == (2024, 19, 1), isinstance(ic, tuple), len(ic), type(ic).__name__, list(ic), ic.count(1))
print(f"{ic.year}-W{ic.week:02d}", hash(ic) == hash((2024, 19, 1)), max(ic))
for args in [(2024, 1, 1), (2020, 53, 7), (2004, 53, 5), (2024, 52, 7), (1, 1, 1), (9999, 52, 5)]:
    print(args, repr(date.fromisocalendar(*args)), repr(datetime.fromisocalendar(*args)))
print(repr(date.fromisocalendar(year=2024, week=10, day=3)))
for args in [(2024, 0, 1), (2024, 53, 1), (2024, 54, 1), (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (10000, 1, 1),
             (9999, 52, 6), (2024, 1), (2024, "1", 1), (2024, 1, 1, 1)]:
    try:
        print(repr(date.fromisocalendar(*args)))
    except Exception as e:
        print(type(e).__name__, e)
weeks = {}
for i in range(0, 21, 3):
    d = date(2024, 12, 20).fromordinal(date(2024, 12, 20).toordinal() + i)
    weeks.setdefault(d.isocalendar().week, []).append(d.day)
print(weeks)
