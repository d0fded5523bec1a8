from datetime import time, timezone, timedelta

t = time(13, 5, 9, 7)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), repr(time(fold=1)))
print(repr(time(1, 2, tzinfo=timezone.utc)), repr(time(1, 2, 3, 4, timezone(timedelta(hours=2)), fold=1)))
print(time.min, time.max, repr(time.resolution), bool(time(0)), bool(time.min))
print(t.replace(hour=1), t.replace(microsecond=0), repr(t.replace(tzinfo=timezone.utc)), repr(t.replace(fold=1)))
print(repr(time(1, tzinfo=timezone.utc).replace(tzinfo=None)), t.replace(1, 2, 3, 4))
print(time(12) < time(12, 0, 1), time(12) == time(12, 0), time(1) != time(2), sorted([time(3), time(1), time(2)]))
print(hash(time(5)) == hash(time(5, 0, 0, 0)), len({time(5), time(5), time(6)}), time(5) in [time(5)])
aware = time(12, tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(aware.utcoffset(), aware.tzname(), aware.dst(), aware.isoformat(), str(aware))
print(time(1).utcoffset(), time(1).tzname(), time(1).dst())
print(t.strftime("%H:%M:%S.%f"), t.strftime("%I:%M %p %Y-%m-%d %j %a %A %b %U %W"), f"{t:%H:%M}", format(t, ""))
for bad in [lambda: time(24), lambda: time(-1), lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10 ** 6),
            lambda: time(fold=2), lambda: time(1, 2, 3, 4, 5), lambda: time(1, tzinfo="x"), lambda: time(1, 2, 3, 4, None, 0),
            lambda: time("1"), lambda: time(1.5), lambda: time(hour=1, hours=2), lambda: t.replace(hour=24),
            lambda: t.replace(tzinfo=5), lambda: t.replace(foo=1), lambda: time(1) < time(1, tzinfo=timezone.utc),
            lambda: time(1) < 5, lambda: time(1) + timedelta(hours=1), lambda: time(2) - time(1), lambda: t.utcoffset(1),
            lambda: t.isoformat("x"), lambda: t.strftime(), lambda: t.date()]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
