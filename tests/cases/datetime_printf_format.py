from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 7, 4)
dt = datetime(2024, 7, 4, 9, 5, 3, tzinfo=timezone.utc)
print("Date: %s" % d, "Repr: %r" % (d,), "%s | %s" % (dt, time(9, 5)), "%-12s|" % d, "%20s|" % timedelta(hours=1))
print("{} {!r} {:%d %b}".format(d, d, d), "{0:%H:%M} at {0:%Y}".format(dt), "{:}".format(timedelta(days=2)))
print(f"{d} {d!s} {d!r} {dt:%Y-%m-%dT%H:%M:%S%z} {dt.isoformat()} {timedelta(seconds=90)}")
print(str(d) + "!", repr(dt), str([d, dt]), str((time(1),)), {"when": d})
report = "\n".join(f"{x:%a %d}: {i}" for i, x in enumerate([d, d + timedelta(1), d + timedelta(2)]))
print(report)
print(f"{d:%Y}" + f"{dt:}" + f"{time(0)}")
try:
    print(f"{d:>12}")
except TypeError as e:
    print("TypeError", e)
print(repr(format(d, "%%Y is %Y")), repr(format(dt, "%%")), repr(format(time(1), "%H%%")))
