from datetime import date, datetime, time, timedelta, timezone

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
a = datetime(2024, 1, 1, 12, tzinfo=utc)
b = datetime(2024, 1, 1, 14, tzinfo=plus2)
c = datetime(2024, 1, 1, 14, 0, 1, tzinfo=plus2)
print(a == b, a != b, a < c, c > a, a <= b, b >= a)
print(hash(a) == hash(b), len({a, b, c}), {a: 1}[b])
print(sorted([c, b, a]) == [a, b, c] or sorted([c, b, a]) == [b, a, c])
naive = datetime(2024, 1, 1, 12)
print(naive == a, naive != a, a == naive, naive in {a}, naive in [a])
for op in [lambda: naive < a, lambda: a > naive, lambda: naive <= a, lambda: a - naive, lambda: naive - a,
           lambda: sorted([naive, a]), lambda: max(a, naive),
           lambda: time(1) < time(1, tzinfo=utc), lambda: date(2024, 1, 1) < naive,
           lambda: naive > date(2024, 1, 1), lambda: naive < "2024"]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
print(time(1) == time(1, tzinfo=utc), time(12, tzinfo=utc) == time(14, tzinfo=plus2))
print(time(12, tzinfo=utc) < time(13, 59, tzinfo=plus2), hash(time(12, tzinfo=utc)) == hash(time(14, tzinfo=plus2)))
print(datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)))
print(datetime(2024, 5, 1) == date(2024, 5, 1), date(2024, 5, 1) == datetime(2024, 5, 1), date(2024, 5, 1) != datetime(2024, 5, 1))
events = {datetime(2024, 1, 1, 9): "standup", datetime(2024, 1, 1, 9, tzinfo=utc): "utc standup", date(2024, 1, 1): "day"}
print(events[datetime(2024, 1, 1, 10, tzinfo=timezone(timedelta(hours=1)))], events[date(2024, 1, 1)], len(events))
days = [date(2024, 1, 3), date(2024, 1, 1), date(2024, 1, 2)]
print(sorted(days), sorted(days, reverse=True)[0], min(days), days.index(date(2024, 1, 1)), date(2024, 1, 2) in days)
stamps = [datetime(2024, 1, 1, h) for h in (5, 1, 3)]
print(sorted(stamps)[0], max(stamps), sorted(stamps, key=lambda d: d.hour)[-1])
