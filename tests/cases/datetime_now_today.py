from datetime import date, datetime, timezone, timedelta
import datetime as dtm

a = datetime.now()
b = datetime.now()
print(type(a), a <= b, a.tzinfo, isinstance(a, datetime))
print(type(date.today()), date.today() <= date.today(), type(datetime.today()).__name__, datetime.today().tzinfo)
u = datetime.now(timezone.utc)
print(u.tzinfo, u.utcoffset(), type(datetime.utcnow()).__name__, datetime.utcnow().tzinfo)
print(datetime.now(tz=timezone(timedelta(hours=9))).utcoffset(), datetime.now(dtm.UTC).tzinfo is dtm.UTC)
print(abs(datetime.now(timezone.utc) - u) < timedelta(minutes=5), (datetime.now() - a).days in (0, -1))
print(date.today().year >= 2024, len(date.today().isoformat()), len(datetime.now().strftime("%Y-%m-%d %H:%M:%S")))
print(datetime.now().date() == date.today() or True, datetime.now(timezone.utc).date() <= date.max)
start = datetime.now()
total = sum(range(1000))
elapsed = datetime.now() - start
print(total, type(elapsed).__name__, elapsed >= timedelta(0), elapsed.total_seconds() < 60)
for bad in [lambda: datetime.now(1), lambda: datetime.now(tz="UTC"), lambda: datetime.now(tzinfo=timezone.utc),
            lambda: datetime.now(None, 1), lambda: datetime.utcnow(1), lambda: date.today(1), lambda: datetime.today(1),
            lambda: dtm.now(), lambda: dtm.datetime.datetime.now(), lambda: dtm.date.today(timezone.utc)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
