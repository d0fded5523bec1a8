from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 1, 2, 3, 4, 5, 678901)
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="_"), dt.isoformat("T", "seconds"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(timespec=spec), time(1, 2, 3, 4).isoformat(spec))
print(datetime(2024, 1, 2).isoformat(), date(2024, 1, 2).isoformat(), time().isoformat(), time(0, 0, 0, 1).isoformat())
for off in [timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-3, minutes=-30), timedelta(seconds=-1),
            timedelta(hours=1, seconds=30), timedelta(microseconds=1), timedelta(hours=23, minutes=59)]:
    tz = timezone(off)
    print(datetime(2024, 1, 2, 3, 4, tzinfo=tz).isoformat(), time(3, 4, tzinfo=tz).isoformat(), str(tz))
print(datetime(2024, 1, 2, tzinfo=timezone.utc).isoformat(timespec="hours"))
print(datetime(1, 1, 1).isoformat(), datetime(999, 1, 1).isoformat(), date(50, 6, 7).isoformat())
print(datetime(2024, 1, 2, 3, 4).isoformat("\u00e9"), str(datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)))
for bad in [
    lambda: dt.isoformat(timespec="nanoseconds"),
    lambda: dt.isoformat("T", "x"),
    lambda: dt.isoformat(sep="ab"),
    lambda: dt.isoformat(sep=""),
    lambda: dt.isoformat(1),
    lambda: dt.isoformat("T", 1),
    lambda: dt.isoformat("T", "auto", 1),
    lambda: dt.isoformat(timespc="auto"),
    lambda: time(1).isoformat("x"),
    lambda: time(1).isoformat(timespec=None),
    lambda: date(2024, 1, 1).isoformat("T"),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
