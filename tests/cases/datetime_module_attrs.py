import datetime
from datetime import *

print(datetime.MINYEAR if False else MINYEAR, MAXYEAR, UTC, repr(UTC))
print(date, datetime, time, timedelta, tzinfo, timezone)
print(date.__name__, date.__qualname__, date.__module__, timedelta.__name__, timezone.__module__)
import datetime as dtm
print(dtm.MINYEAR, dtm.MAXYEAR, dtm.UTC is dtm.timezone.utc, dtm.date is date, dtm.datetime is datetime)
print(sorted(n for n in dir(dtm) if not n.startswith("_") and n not in ("datetime_CAPI", "sys")))
print(callable(dtm.datetime.now), callable(date.today), hasattr(dtm.date, "fromisoformat"), hasattr(date, "hour"))
for bad in [lambda: dtm.now(), lambda: dtm.datetime.datetime, lambda: dtm.date.now(), lambda: dtm.strptime,
            lambda: dtm.timedelta.hours, lambda: timedelta(hours=1).hours, lambda: timedelta(hours=1).minutes,
            lambda: date(2024, 1, 1).hour, lambda: datetime(2024, 1, 1).tz, lambda: dtm.time.time(),
            lambda: dtm.date.foo]:
    try:
        print(bad())
    except AttributeError as e:
        print("AttributeError", e)
    except TypeError as e:
        print("TypeError", e)
d = date(2024, 1, 1)
try:
    d.year = 2025
except AttributeError as e:
    print("AttributeError", e)
try:
    timedelta(1).days = 2
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(datetime(2024, 1, 1), dtm.date), type(datetime(2024, 1, 1)) is dtm.datetime)
