import datetime as dtm
from datetime import timezone, timedelta, datetime, tzinfo

print(repr(timezone.utc), str(timezone.utc), timezone.utc.tzname(None), timezone.utc.utcoffset(None), timezone.utc.dst(None))
print(dtm.UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc)
print(repr(timezone(timedelta(0), "UTC")), repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=-5), "EST")))
print(repr(timezone(timedelta(hours=5, minutes=30, seconds=15, microseconds=3))))
for off in [timedelta(hours=1), timedelta(hours=-1), timedelta(hours=5, minutes=45), timedelta(seconds=-1),
            timedelta(hours=-23, minutes=-59), timedelta(minutes=1, seconds=1, microseconds=1)]:
    tz = timezone(off)
    print(str(tz), tz.tzname(None), tz.utcoffset(None), repr(tz.utcoffset(datetime(2024, 1, 1))))
print(repr(timezone.min), repr(timezone.max), timezone.min.tzname(None), str(timezone.max))
est = timezone(timedelta(hours=-5), "EST")
print(est.tzname(None), str(est), est.utcoffset(None), est.dst(datetime(2024, 1, 1)))
print(est == timezone(timedelta(hours=-5)), est == timezone(timedelta(hours=-4), "EST"), est != timezone.utc, est == 5)
print(hash(est) == hash(timezone(timedelta(hours=-5))), len({est, timezone(timedelta(hours=-5)), timezone.utc}))
print(isinstance(timezone.utc, tzinfo), isinstance(est, timezone), type(est).__mro__)
d = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(repr(timezone.utc.fromutc(d)), repr(est.fromutc(d.replace(tzinfo=est))))
print(repr(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=9), "JST"))))
for bad in [lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=-24)), lambda: timezone(timedelta(days=2)),
            lambda: timezone(-timedelta(hours=24, microseconds=-1)), lambda: timezone(1), lambda: timezone("UTC"),
            lambda: timezone(timedelta(hours=1), 5), lambda: timezone(timedelta(hours=1), "X", 3), lambda: timezone(),
            lambda: timezone(offset=timedelta(0), nam="x"), lambda: timezone.utc.utcoffset(1), lambda: timezone.utc.tzname("x"),
            lambda: timezone.utc.dst(1.5), lambda: timezone.utc.fromutc(datetime(2024, 1, 1)), lambda: timezone.utc.fromutc(1),
            lambda: est.fromutc(d), lambda: timezone.utc.utcoffset()]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(timezone(timedelta(hours=-24, microseconds=1))))
print(repr(timezone(offset=timedelta(hours=2), name="CEST")))
